// Who may call each certificates procedure. Run by certificates.authz.int.test.ts; coverage.test.ts
// checks that every procedure has an entry somewhere.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import type { AuthCases, AuthWorld } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeSubmittedEntry } from "../test/judging-factories.ts";
import { makeParticipant } from "../test/team-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");
const day = 24 * 60 * 60 * 1000;

export interface CertificatesWorld extends AuthWorld {
  event: { id: string; slug: string };
  /** A member of the team that won the award. */
  winner: SessionUser & { name: string };
  /** Registered and confirmed, not on the winning team. */
  participant: SessionUser & { name: string };
  /** Registered, still waiting for a guardian's consent. */
  pending: SessionUser;
  awardId: string;
  /** The code of a certificate already issued (to the participant). */
  code: string;
  /** Signed in, not registered for the event. */
  stranger: SessionUser;
  /** A participant of another event. */
  other: SessionUser;
}

/**
 * An event whose hacking ended three weeks before `now`, with a published round and one award, the
 * team that won it, another confirmed participant (holding a certificate), and one still waiting for
 * consent; and another event's participant. `when` moves the event (default: finished).
 */
export async function makeCertificatesWorld(db: Db, when: Date = new Date(now.getTime() - 30 * day)) {
  const event = await makeEvent(db, { now: when });
  const other = await makeEvent(db, { now: when });
  const entry = await makeSubmittedEntry(db, { eventId: event.id });
  const [participant, pending, otherParticipant] = await Promise.all([
    makeParticipant(db, { eventId: event.id, name: "Priya Shah" }),
    makeParticipant(db, { eventId: event.id, status: "PENDING_CONSENT" }),
    makeParticipant(db, { eventId: other.id }),
  ]);
  const round = await db.round.create({
    data: {
      eventId: event.id,
      name: "Main judging",
      scope: "EVENT",
      status: "PUBLISHED",
      assignmentSeed: "seed",
      resultsPublishedAt: new Date(when.getTime() + 12 * day),
    },
    select: { id: true },
  });
  const award = await db.award.create({
    data: {
      eventId: event.id,
      roundId: round.id,
      kind: "OVERALL",
      name: "Best overall",
      place: 1,
      winners: { create: { submissionId: entry.submission.id } },
    },
    select: { id: true },
  });
  const certificate = await db.certificate.create({
    data: {
      code: `C${event.id.slice(-9).toUpperCase()}`.replace(/[ILOU]/g, "0").slice(0, 10),
      eventId: event.id,
      userId: participant.id,
      kind: "PARTICIPATION",
      subject: "participation",
      name: "Priya Shah",
    },
    select: { code: true },
  });
  const winner = await db.user.findUniqueOrThrow({
    where: { id: entry.captain.id },
    select: { id: true, email: true, name: true, isPlatformAdmin: true },
  });
  return {
    event,
    round,
    entry,
    winner: { ...winner, name: winner.name ?? "" },
    participant: { ...participant, name: "Priya Shah" },
    pending,
    awardId: award.id,
    code: certificate.code,
    other: otherParticipant,
  };
}

export async function certificatesWorld(db: Db): Promise<CertificatesWorld> {
  const [world, stranger] = await Promise.all([makeCertificatesWorld(db), makeUser(db)]);
  return { ...world, stranger };
}

export const certificatesAuthorization: AuthCases<CertificatesWorld> = {
  // The event's participants (not withdrawn): someone not registered is the wrong role.
  "certificates.mine": {
    right: (w) => w.participant,
    wrong: (w) => w.stranger,
    call: (c, w) => c.certificates.mine({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  // Confirmed participants once the hacking is over: one still waiting for consent may not.
  "certificates.download": {
    right: (w) => w.participant,
    wrong: (w) => w.pending,
    call: (c, w) =>
      c.certificates.download({ eventId: w.event.id, subject: "participation", name: "Priya Shah" }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  // Anyone holding the link may check a certificate.
  "certificates.verify": {
    right: (w) => w.participant,
    wrong: null,
    call: (c, w) => c.certificates.verify({ code: w.code }),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
};
