// Issuing a certificate: the first download gives it a code; a later one keeps the code and prints the
// name chosen then.
import "server-only";
import { appUrl } from "../http/app-url.ts";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { formatDateRangeInZone } from "../time/zoned.ts";
import { certificatePdf } from "./pdf.ts";
import { certificatesFor } from "./queries.ts";
import { newCertificateCode, subjectKey, type CertificateSubject } from "./rules.ts";

/** This module's refusals ("CertificateErrors"). */
const refuse = refusals("CertificateErrors");

/**
 * Issues (or issues again) the caller's certificate for `subject` with `name` printed on it, and returns
 * `{ filename, pdf, code }`. FORBIDDEN when they may not have it (no confirmed registration, the hacking
 * not over, an award they did not win or that is not published); INVALID_INPUT when `name` is neither
 * their name nor their alias.
 */
export async function issueCertificate(
  db: Db,
  params: { eventId: string; userId: string; subject: CertificateSubject; name: string; now: Date },
): Promise<{ filename: string; pdf: Uint8Array; code: string }> {
  const available = await certificatesFor(db, params);
  const award =
    params.subject.kind === "AWARD"
      ? available.awards.find((a) => a.id === (params.subject as { awardId: string }).awardId)
      : undefined;
  if (params.subject.kind === "PARTICIPATION" && !available.participation)
    throw new DomainError("FORBIDDEN", refuse("participationNotReady"));
  if (params.subject.kind === "AWARD" && !award)
    throw new DomainError("FORBIDDEN", refuse("awardCertificateWinnersOnly"));
  const name = params.name.trim();
  if (!available.names.includes(name))
    throw new DomainError("INVALID_INPUT", refuse("chooseNameOrAlias"), {
      name: [refuse("chooseNameOrAliasField").text],
    });
  const subject = subjectKey(params.subject);
  const code = await saveCertificate(db, { eventId: params.eventId, userId: params.userId, name, subject });
  const { event } = available;
  const pdf = await certificatePdf({
    title: award ? "Certificate of achievement" : "Certificate of participation",
    name,
    achievement: award ? `won ${award.line} at` : "took part in",
    eventName: event.name,
    dates: formatDateRangeInZone(event.startsAt, event.submissionDeadline, event.timeZone),
    verifyUrl: appUrl(`/certificates/${code}`),
    code,
  });
  const slug = award ? "award" : "participation";
  return { filename: `certificate-${slug}-${code}.pdf`, pdf, code };
}

/** Keeps the certificate's row (a new code the first time, the same one after), returning its code. */
async function saveCertificate(
  db: Db,
  params: { eventId: string; userId: string; subject: string; name: string },
): Promise<string> {
  const { eventId, userId, subject, name } = params;
  const key = { eventId_userId_subject: { eventId, userId, subject } };
  const existing = await db.certificate.findUnique({ where: key, select: { code: true, name: true } });
  if (existing) {
    if (existing.name !== name)
      await db.certificate.update({ where: key, data: { name }, select: { id: true } });
    return existing.code;
  }
  const award = subject.startsWith("award:") ? subject.slice("award:".length) : null;
  for (let attempt = 0; ; attempt++) {
    const code = newCertificateCode();
    try {
      await db.$transaction(async (tx) => {
        const created = await tx.certificate.create({
          data: {
            code,
            eventId,
            userId,
            subject,
            name,
            kind: award ? "AWARD" : "PARTICIPATION",
            awardId: award,
          },
          select: { id: true },
        });
        await audit(tx, {
          actorId: userId,
          eventId,
          action: "certificate.issue",
          entityType: "Certificate",
          entityId: created.id,
        });
      });
      return code;
    } catch (error) {
      // A code already taken (one in 10^15) gets another; two downloads at once: the first one's code.
      if (isUniqueViolation(error, "code") && attempt < 3) continue;
      if (isUniqueViolation(error)) {
        const winner = await db.certificate.findUnique({ where: key, select: { code: true } });
        if (winner) return winner.code;
      }
      throw error;
    }
  }
}
