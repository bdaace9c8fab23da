// What certificates someone may download, and what anyone may check about one. Reads only.
import "server-only";
import type { Db } from "../db/create.ts";
import { AGE_FACTS_SELECT } from "../registrations/age.ts";
import { consentInForce } from "../registrations/queries.ts";
import { publicCreditOf } from "../submissions/rules.ts";
import { formatDateRangeInZone } from "../time/zoned.ts";
import { mayHaveParticipation, nameChoices, placeLabel } from "./rules.ts";

/** An award as a certificate names it: "1st place", "Best young team", with its challenge. */
export function awardLine(award: {
  name: string;
  place: number | null;
  challenge: { title: string } | null;
}) {
  const what = award.place ? `${placeLabel(award.place)}: ${award.name}` : award.name;
  return award.challenge ? `${what} (${award.challenge.title})` : what;
}

/**
 * The awards `userId` won at the event: published rounds only, projects still submitted, a team they
 * are a member of. `{ id, line }` each, in the order the results list them.
 */
export async function awardsWonBy(db: Db, params: { eventId: string; userId: string }) {
  const awards = await db.award.findMany({
    where: {
      eventId: params.eventId,
      round: { status: "PUBLISHED" },
      winners: {
        some: {
          submission: { status: "SUBMITTED", team: { members: { some: { userId: params.userId } } } },
        },
      },
    },
    orderBy: [{ round: { createdAt: "asc" } }, { kind: "asc" }, { place: "asc" }, { position: "asc" }],
    select: { id: true, name: true, place: true, challenge: { select: { title: true } } },
  });
  return awards.map((award) => ({ id: award.id, line: awardLine(award) }));
}

/**
 * What the caller may download for the event at `now`: the event (`{ name, slug, startsAt,
 * submissionDeadline, timeZone }`, what a certificate prints of it), a certificate of participation
 * (with a confirmed registration once the submission deadline has passed), one per award won, the names
 * they may print, and the codes of those already issued (by subject key).
 */
export async function certificatesFor(db: Db, params: { eventId: string; userId: string; now: Date }) {
  const [event, user, registration, awards, issued] = await Promise.all([
    db.event.findUniqueOrThrow({
      where: { id: params.eventId },
      select: { name: true, slug: true, startsAt: true, submissionDeadline: true, timeZone: true },
    }),
    db.user.findUniqueOrThrow({ where: { id: params.userId }, select: { name: true, alias: true } }),
    db.registration.findUnique({
      where: { eventId_userId: { eventId: params.eventId, userId: params.userId } },
      select: { status: true },
    }),
    awardsWonBy(db, params),
    db.certificate.findMany({
      where: { eventId: params.eventId, userId: params.userId },
      select: { subject: true, code: true, name: true },
    }),
  ]);
  return {
    event,
    participation: mayHaveParticipation({
      registrationStatus: registration?.status ?? null,
      submissionDeadline: event.submissionDeadline,
      now: params.now,
    }),
    awards,
    names: nameChoices(user),
    issued: Object.fromEntries(issued.map((c) => [c.subject, { code: c.code, name: c.name }])),
  };
}

/**
 * What anyone may check about the certificate with `code`, or null when there is none: its kind, the
 * event, its dates (`dates` in English; `startsAt`, `submissionDeadline` and `timeZone` for a page in
 * another language), the award (`award`, its line in English; `awardParts` for another language), when it
 * was issued, and whose it is as public pages name people (an adult
 * by the name on it; a young person only with a guardian's consent to public credit, by alias or first
 * name and initial; otherwise `holder` is null: "a participant").
 */
export async function verifyCertificate(db: Db, params: { code: string }) {
  const certificate = await db.certificate.findUnique({
    where: { code: params.code },
    select: {
      code: true,
      kind: true,
      name: true,
      issuedAt: true,
      eventId: true,
      award: { select: { name: true, place: true, challenge: { select: { title: true } } } },
      event: {
        select: {
          name: true,
          slug: true,
          startsAt: true,
          submissionDeadline: true,
          timeZone: true,
          consentAge: true,
          status: true,
        },
      },
      user: { select: { alias: true } },
      userId: true,
    },
  });
  if (!certificate || certificate.event.status === "DRAFT") return null;
  const registration = await db.registration.findUnique({
    where: { eventId_userId: { eventId: certificate.eventId, userId: certificate.userId } },
    select: { ...AGE_FACTS_SELECT, consents: { ...consentInForce, select: { publicCredit: true } } },
  });
  const { event } = certificate;
  const printedIsAlias = certificate.user.alias?.trim() === certificate.name;
  return {
    code: certificate.code,
    kind: certificate.kind,
    issuedAt: certificate.issuedAt,
    award: certificate.award ? awardLine(certificate.award) : null,
    awardParts: certificate.award
      ? {
          name: certificate.award.name,
          place: certificate.award.place,
          challenge: certificate.award.challenge?.title ?? null,
        }
      : null,
    event: {
      name: event.name,
      slug: event.slug,
      dates: formatDateRangeInZone(event.startsAt, event.submissionDeadline, event.timeZone),
      startsAt: event.startsAt,
      submissionDeadline: event.submissionDeadline,
      timeZone: event.timeZone,
    },
    // The name on the certificate; for a young person the public rule shortens it (or hides it).
    holder: publicCreditOf(
      registration,
      { name: certificate.name, alias: printedIsAlias ? certificate.name : null },
      event,
    ),
  };
}
