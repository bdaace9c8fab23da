// A certificate as a PDF (one A4 landscape page), drawn with pdf-lib. The text is set in DejaVu Sans
// (embedded, subset to the characters used), which covers Latin, Greek and Cyrillic names, so a name is
// printed as its holder wrote it ("Zoë Ó Briain", "Łukasz", "Анна"); the standard PDF fonts cover only
// Western European characters. Characters the font lacks are left out rather than printed as boxes.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

/** What a certificate says. */
export interface CertificateText {
  /** "Certificate of participation" or "Certificate of achievement". */
  title: string;
  /** The holder's name as they chose it. */
  name: string;
  /** The line under the name: "took part in" or "won First place in the Transport challenge at". */
  achievement: string;
  eventName: string;
  /** The event's dates as people read them: "12–13 Dec 2026". */
  dates: string;
  /** Where anyone can check it: the certificate's public address. */
  verifyUrl: string;
  code: string;
}

const FONT_DIR = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** The two font files, read once per process. */
function fontFiles() {
  fonts ??= Promise.all([
    readFile(join(FONT_DIR, "DejaVuSans.ttf")),
    readFile(join(FONT_DIR, "DejaVuSans-Bold.ttf")),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

/** `text` without the characters `font` cannot draw (and without control characters). */
function drawable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/\p{Cc}/gu, " ")].filter((c) => supported.has(c.codePointAt(0) ?? -1)).join("");
}

/** The largest size up to `max` at which `text` fits in `width` points. */
function fittingSize(font: PDFFont, text: string, max: number, width: number): number {
  const at = font.widthOfTextAtSize(text, max);
  return at <= width ? max : Math.max(8, Math.floor((max * width) / at));
}

function centred(
  page: PDFPage,
  font: PDFFont,
  text: string,
  y: number,
  size: number,
  colour = rgb(0.1, 0.1, 0.15),
) {
  const { width } = page.getSize();
  const shown = drawable(font, text);
  const fitted = fittingSize(font, shown, size, width - 120);
  page.drawText(shown, {
    x: (width - font.widthOfTextAtSize(shown, fitted)) / 2,
    y,
    size: fitted,
    font,
    color: colour,
  });
}

/**
 * The certificate's PDF bytes: an A4 landscape page with a border, the title, the name, what it is for,
 * the event and its dates, and, at the foot, the code and the address where anyone can check it. The
 * document's title and subject say the same (for screen readers and file lists). Long lines shrink to
 * fit the page.
 */
export async function certificatePdf(text: CertificateText): Promise<Uint8Array> {
  const files = await fontFiles();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(files.regular, { subset: true }),
    doc.embedFont(files.bold, { subset: true }),
  ]);
  doc.setTitle(`${text.title}: ${text.name}, ${text.eventName}`);
  doc.setSubject(
    `${text.name} ${text.achievement} ${text.eventName} (${text.dates}). Check it at ${text.verifyUrl}`,
  );
  doc.setAuthor("Festival of Code");
  doc.setLanguage("en-GB");
  doc.setCreator("Festival of Code");
  doc.setProducer("Festival of Code");
  const page = doc.addPage([841.89, 595.28]);
  const { width, height } = page.getSize();
  const brand = rgb(0.26, 0.22, 0.79);
  page.drawRectangle({
    x: 24,
    y: 24,
    width: width - 48,
    height: height - 48,
    borderColor: brand,
    borderWidth: 4,
  });
  page.drawRectangle({
    x: 34,
    y: 34,
    width: width - 68,
    height: height - 68,
    borderColor: brand,
    borderWidth: 1,
  });
  centred(page, bold, "Festival of Code", height - 110, 20, brand);
  centred(page, bold, text.title, height - 170, 34);
  centred(page, regular, "This is to certify that", height - 230, 16);
  centred(page, bold, text.name, height - 290, 40, brand);
  centred(page, regular, text.achievement, height - 340, 18);
  centred(page, bold, text.eventName, height - 385, 26);
  centred(page, regular, text.dates, height - 420, 16);
  centred(
    page,
    regular,
    `Certificate ${text.code} · check it at ${text.verifyUrl}`,
    70,
    11,
    rgb(0.3, 0.3, 0.35),
  );
  return doc.save();
}
