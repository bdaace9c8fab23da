// Certificates of participation and of awards: who may have which, their codes and subjects. Pure.
import { randomInt } from "node:crypto";

/** Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or typed is not mistaken. */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The length of a certificate's code: 32^10 ≈ 10^15 codes, so guessing one is hopeless. */
export const CODE_LENGTH = 10;

/** A new random certificate code (CODE_LENGTH characters of Crockford base32), e.g. "7K3M9QX2TB". */
export function newCertificateCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CROCKFORD[randomInt(CROCKFORD.length)];
  return code;
}

/**
 * A code as someone typed it, in the form it is stored: upper case, no spaces or dashes, O read as 0 and
 * I or L as 1 (Crockford's rule). null when it cannot be a code.
 */
export function normaliseCertificateCode(value: string): string | null {
  const code = value.trim().toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return code.length === CODE_LENGTH && [...code].every((c) => CROCKFORD.includes(c)) ? code : null;
}

/** What a certificate is for: taking part, or one award. */
export type CertificateSubject = { kind: "PARTICIPATION" } | { kind: "AWARD"; awardId: string };

/** The stored key of a subject: "participation" or "award:<awardId>". */
export function subjectKey(subject: CertificateSubject): string {
  return subject.kind === "PARTICIPATION" ? "participation" : `award:${subject.awardId}`;
}

/** The subject a stored key names, or null for anything else. */
export function subjectOf(key: string): CertificateSubject | null {
  if (key === "participation") return { kind: "PARTICIPATION" };
  const match = /^award:([A-Za-z0-9_-]{1,64})$/.exec(key);
  return match?.[1] ? { kind: "AWARD", awardId: match[1] } : null;
}

/**
 * Whether someone registered for an event may have its certificate of participation at `now`: their
 * registration is confirmed (not waiting for consent, not withdrawn) and the hacking is over (the
 * submission deadline has passed).
 */
export function mayHaveParticipation(params: {
  registrationStatus: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN" | null;
  submissionDeadline: Date;
  now: Date;
}): boolean {
  return (
    params.registrationStatus === "CONFIRMED" && params.submissionDeadline.getTime() <= params.now.getTime()
  );
}

/**
 * The names someone may put on their certificate: their name and, if they set one, their alias (the
 * name they chose to be credited by). Empty ones are left out; the first is the default.
 */
export function nameChoices(person: { name: string | null; alias: string | null }): string[] {
  const choices = [person.alias?.trim() ?? "", person.name?.trim() ?? ""].filter((n) => n !== "");
  return [...new Set(choices)];
}

/** "1st place", "2nd place", "3rd place", "11th place", "22nd place". */
export function placeLabel(place: number): string {
  const teen = place % 100 >= 11 && place % 100 <= 13;
  const suffix = teen
    ? "th"
    : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[place % 10] ?? "th");
  return `${place}${suffix} place`;
}
