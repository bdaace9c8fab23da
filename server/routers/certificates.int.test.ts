// What the certificates procedures do: who gets which certificate and when, what it says, that a code is
// kept across downloads, and what anyone checking one sees. Who may call them: certificates.authz.ts.
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { codeOf, refusal } from "../test/outcome.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeParticipant } from "../test/team-factories.ts";
import { makeCertificatesWorld, now } from "./certificates.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

/** The PDF's bytes, its page count and its document title. */
async function readPdf(base64: string) {
  const bytes = Buffer.from(base64, "base64");
  const doc = await PDFDocument.load(bytes);
  return { head: bytes.subarray(0, 5).toString("latin1"), pages: doc.getPageCount(), title: doc.getTitle() };
}

describe("certificates of participation", () => {
  it("are for confirmed participants once the hacking is over, keep their code, and print the chosen name", async () => {
    const world = await makeCertificatesWorld(tdb.db);
    await tdb.db.user.update({ where: { id: world.participant.id }, data: { alias: "PixelPriya" } });
    const as = callerFor(tdb.db, world.participant, now);
    const mine = await as.certificates.mine({ eventId: world.event.id });
    expect(mine.participation).toBe(true);
    expect(mine.awards).toEqual([]);
    expect(mine.names).toEqual(["PixelPriya", "Priya Shah"]);
    expect(mine.issued.participation?.code).toBe(world.code);

    const first = await as.certificates.download({
      eventId: world.event.id,
      subject: "participation",
      name: "PixelPriya",
    });
    // The world had issued one already: the same code, now with the alias.
    expect(first.code).toBe(world.code);
    expect(first.filename).toBe(`certificate-participation-${world.code}.pdf`);
    const pdf = await readPdf(first.pdfBase64);
    expect(pdf).toEqual({
      head: "%PDF-",
      pages: 1,
      title: expect.stringContaining("Certificate of participation: PixelPriya") as string,
    });
    const row = await tdb.db.certificate.findUniqueOrThrow({
      where: { code: world.code },
      select: { name: true },
    });
    expect(row.name).toBe("PixelPriya");

    const refused = await refusal(
      as.certificates.download({ eventId: world.event.id, subject: "participation", name: "Someone Else" }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("Choose your name or your alias");
  });

  it("issues a new code the first time, once however often it is downloaded", async () => {
    const world = await makeCertificatesWorld(tdb.db);
    const newcomer = await makeParticipant(tdb.db, { eventId: world.event.id, name: "Zoë Łukasz-Анна 李" });
    const as = callerFor(tdb.db, newcomer, now);
    const [a, b] = await Promise.all(
      [0, 1].map(() =>
        as.certificates.download({
          eventId: world.event.id,
          subject: "participation",
          name: "Zoë Łukasz-Анна 李",
        }),
      ),
    );
    expect(a?.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(b?.code).toBe(a?.code);
    expect(await tdb.db.certificate.count({ where: { userId: newcomer.id } })).toBe(1);
    // The name's characters the font has are printed; the one it lacks (李) is left out, not a box.
    expect((await readPdf(a?.pdfBase64 ?? "")).pages).toBe(1);
  });

  it("are not ready before the submission deadline, nor for someone waiting for consent", async () => {
    const soon = await makeCertificatesWorld(tdb.db, new Date(now.getTime() - 24 * 60 * 60 * 1000));
    const as = callerFor(tdb.db, soon.participant, now);
    expect((await as.certificates.mine({ eventId: soon.event.id })).participation).toBe(false);
    const early = await refusal(
      as.certificates.download({ eventId: soon.event.id, subject: "participation", name: "Priya Shah" }),
    );
    expect(early.code).toBe("FORBIDDEN");
    expect(early.message).toContain("once the hacking is over");
    const world = await makeCertificatesWorld(tdb.db);
    expect(
      (await callerFor(tdb.db, world.pending, now).certificates.mine({ eventId: world.event.id }))
        .participation,
    ).toBe(false);
  });
});

describe("certificates of awards", () => {
  it("are for the winning team's members once the results are published", async () => {
    const world = await makeCertificatesWorld(tdb.db);
    const asWinner = callerFor(tdb.db, world.winner, now);
    const mine = await asWinner.certificates.mine({ eventId: world.event.id });
    expect(mine.awards).toEqual([{ id: world.awardId, line: "1st place: Best overall" }]);
    const award = await asWinner.certificates.download({
      eventId: world.event.id,
      subject: `award:${world.awardId}`,
      name: world.winner.name,
    });
    expect((await readPdf(award.pdfBase64)).title).toContain("Certificate of achievement");
    const kinds = await tdb.db.certificate.findMany({
      where: { userId: world.winner.id },
      select: { kind: true },
    });
    expect(kinds).toEqual([{ kind: "AWARD" }]);

    // Someone else at the event did not win it.
    const asParticipant = callerFor(tdb.db, world.participant, now);
    expect(
      await codeOf(
        asParticipant.certificates.download({
          eventId: world.event.id,
          subject: `award:${world.awardId}`,
          name: "Priya Shah",
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        asParticipant.certificates.download({
          eventId: world.event.id,
          subject: "prize",
          name: "Priya Shah",
        }),
      ),
    ).toBe("NOT_FOUND");

    // Results taken back: no award certificate any more.
    await tdb.db.round.update({
      where: { id: world.round.id },
      data: { status: "CLOSED" },
      select: { id: true },
    });
    expect((await asWinner.certificates.mine({ eventId: world.event.id })).awards).toEqual([]);
    expect(
      await codeOf(
        asWinner.certificates.download({
          eventId: world.event.id,
          subject: `award:${world.awardId}`,
          name: world.winner.name,
        }),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("checking a certificate", () => {
  it("shows an adult's printed name, a young person's only as public pages would, and reads codes leniently", async () => {
    const world = await makeCertificatesWorld(tdb.db);
    const anyone = callerFor(tdb.db, null, now);
    const adult = await anyone.certificates.verify({
      code: world.code.toLowerCase().replace(/(.{5})/, "$1-"),
    });
    expect(adult).toMatchObject({
      code: world.code,
      kind: "PARTICIPATION",
      holder: "Priya Shah",
      award: null,
    });
    expect(adult.event.slug).toBe(world.event.slug);
    // The parts a page in another language writes in its own words.
    expect(adult.awardParts).toBeNull();
    const stored = await tdb.db.event.findUniqueOrThrow({
      where: { id: world.event.id },
      select: { startsAt: true, submissionDeadline: true, timeZone: true },
    });
    expect(adult.event).toMatchObject(stored);

    // A 12-year-old without a guardian's consent to public credit: no name at all.
    const young = await makeParticipant(tdb.db, {
      eventId: world.event.id,
      name: "Leo Fairweather",
      dateOfBirth: new Date("2014-05-05T00:00:00.000Z"),
    });
    const issued = await callerFor(tdb.db, young, now).certificates.download({
      eventId: world.event.id,
      subject: "participation",
      name: "Leo Fairweather",
    });
    expect((await anyone.certificates.verify({ code: issued.code })).holder).toBeNull();

    expect(await codeOf(anyone.certificates.verify({ code: "0000000000" }))).toBe("NOT_FOUND");
    expect(await codeOf(anyone.certificates.verify({ code: "not a code" }))).toBe("NOT_FOUND");
  });
});
