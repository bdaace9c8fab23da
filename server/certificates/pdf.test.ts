import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { certificatePdf, type CertificateText } from "./pdf";

const text: CertificateText = {
  title: "Certificate of participation",
  name: "Zoë Ó Briain",
  achievement: "took part in",
  eventName: "National Festival of Code 2026",
  dates: "12–13 Dec 2026",
  verifyUrl: "https://festival.example.org/certificates/W7HD0G6T08",
  code: "W7HD0G6T08",
};

describe("certificatePdf", () => {
  it("is one A4 landscape page whose title and subject say what it certifies", async () => {
    const bytes = await certificatePdf(text);
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const size = doc.getPage(0).getSize();
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([842, 595]);
    expect(doc.getTitle()).toBe("Certificate of participation: Zoë Ó Briain, National Festival of Code 2026");
    expect(doc.getSubject()).toContain(
      "check it at https://festival.example.org/certificates/W7HD0G6T08".replace("check", "Check"),
    );
  });

  it("embeds only the characters used (a subset), so a certificate stays small", async () => {
    const bytes = await certificatePdf(text);
    // The two DejaVu files are 1.4 MB; subset, the page is a few tens of kB.
    expect(bytes.length).toBeLessThan(60_000);
  });

  it("draws names in scripts the font lacks without failing, and shrinks a very long name to fit", async () => {
    for (const name of ["李小龍", "Анна Łukasz ǅ", "\u0000\u0007Bell", "W".repeat(300)]) {
      const doc = await PDFDocument.load(await certificatePdf({ ...text, name }));
      expect(doc.getPageCount()).toBe(1);
    }
  });
});
