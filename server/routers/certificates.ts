import { issueCertificate } from "../certificates/commands.ts";
import { certificatesFor, verifyCertificate } from "../certificates/queries.ts";
import { normaliseCertificateCode, subjectOf } from "../certificates/rules.ts";
import { downloadCertificateInput, verifyCertificateInput } from "../certificates/schema.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { participantProcedure, publicProcedure, router } from "../trpc.ts";

/** This module's refusals ("RouterErrors"). */
const refuse = refusals("RouterErrors");

const notFound = () => new DomainError("NOT_FOUND", refuse("certificateCodeNotFound"));

export const certificatesRouter = router({
  /** What the caller may download for the event: participation, awards won, the names they may print. */
  mine: participantProcedure.query(async ({ ctx }) =>
    certificatesFor(ctx.db, { eventId: ctx.event.id, userId: ctx.user.id, now: await ctx.now() }),
  ),

  /**
   * Issues the caller's certificate (the first time: a new code; after: the same one, with the name
   * chosen now) and returns it as a PDF (`filename`, `pdfBase64`): served at /events/<slug>/certificate.
   */
  download: participantProcedure.input(downloadCertificateInput).mutation(async ({ ctx, input }) => {
    const subject = subjectOf(input.subject);
    if (!subject) throw new DomainError("NOT_FOUND", refuse("noSuchCertificate"));
    const issued = await issueCertificate(ctx.db, {
      eventId: ctx.event.id,
      userId: ctx.user.id,
      subject,
      name: input.name,
      now: await ctx.now(),
    });
    return {
      filename: issued.filename,
      code: issued.code,
      pdfBase64: Buffer.from(issued.pdf).toString("base64"),
    };
  }),

  /** What anyone may check about a certificate by its code (a young person's name only as public pages show it). */
  verify: publicProcedure.input(verifyCertificateInput).query(async ({ ctx, input }) => {
    const code = normaliseCertificateCode(input.code);
    const found = code ? await verifyCertificate(ctx.db, { code }) : null;
    if (!found) throw notFound();
    return found;
  }),
});
