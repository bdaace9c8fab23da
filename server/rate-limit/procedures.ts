// How often one person may call the procedures that someone could abuse: guessing join codes, flooding
// captains or everyone registered with email, or hammering the writes a festival's peak depends on. The
// counts live in PostgreSQL (window.ts), so a limit holds however many app instances share the load.
// Each limit is far above what a person does by hand (a judge scoring an entry every second for ten
// minutes stays under the scoring limit), so only scripts and stuck clients meet them.
import { createHash } from "node:crypto";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { countInWindow } from "./window.ts";

/** At most `limit` calls per `windowSeconds` (a fixed window) per caller. */
export interface ProcedureLimit {
  limit: number;
  windowSeconds: number;
}

const MINUTE = 60;

/** The limited procedures (tRPC paths) and their limits; every other procedure is not limited here. */
export const PROCEDURE_LIMITS: Readonly<Record<string, ProcedureLimit>> = {
  // Join codes are long and random; this keeps guessing hopeless and spam joins out.
  "teams.joinByCode": { limit: 20, windowSeconds: 15 * MINUTE },
  // Joining a waiting list is done once per centre; this keeps list-filling scripts out.
  "waitingList.join": { limit: 20, windowSeconds: 15 * MINUTE },
  // Each booking, and each place given up, emails someone: booking for a family by hand stays far under.
  "directory.book": { limit: 30, windowSeconds: 15 * MINUTE },
  "directory.cancelPlace": { limit: 30, windowSeconds: 15 * MINUTE },
  // Each request emails a captain.
  "teams.requestToJoin": { limit: 30, windowSeconds: 60 * MINUTE },
  "submissions.save": { limit: 120, windowSeconds: 10 * MINUTE },
  "submissions.submit": { limit: 30, windowSeconds: 10 * MINUTE },
  "submissions.addImage": { limit: 60, windowSeconds: 10 * MINUTE },
  "judging.saveScore": { limit: 600, windowSeconds: 10 * MINUTE },
  "judging.saveNotes": { limit: 300, windowSeconds: 10 * MINUTE },
  // Each new version emails every guardian who consented.
  "registrations.updateConsentText": { limit: 20, windowSeconds: 60 * MINUTE },
  // Each emails everyone registered for the event.
  "announcements.create": { limit: 20, windowSeconds: 60 * MINUTE },
  // Each sends an invitation email.
  "organisations.invite": { limit: 60, windowSeconds: 60 * MINUTE },
  "judging.inviteJudge": { limit: 60, windowSeconds: 60 * MINUTE },
  "events.grantRole": { limit: 60, windowSeconds: 60 * MINUTE },
  "venues.invite": { limit: 60, windowSeconds: 60 * MINUTE },
  // Each emails the organiser it names.
  "events.createForOrganisation": { limit: 20, windowSeconds: 60 * MINUTE },
  // Listing sessions is a few a term; this keeps a runaway script from filling the directory's drafts.
  "directory.createSession": { limit: 60, windowSeconds: 60 * MINUTE },
  // Each draws a PDF: a few a person is plenty.
  "certificates.download": { limit: 30, windowSeconds: 60 * MINUTE },
  "venues.resend": { limit: 60, windowSeconds: 60 * MINUTE },
  // Each emails the venue's lead.
  "venues.decline": { limit: 60, windowSeconds: 60 * MINUTE },
  // Public (a consent link is the authority): keeps guessing links hopeless.
  "checkin.setCollection": { limit: 30, windowSeconds: 15 * MINUTE },
  "sensitive.saveByToken": { limit: 30, windowSeconds: 15 * MINUTE },
  "registrations.changeConsentScopes": { limit: 30, windowSeconds: 15 * MINUTE },
  // A venue invitation's link is the authority (with the invited address).
  "venues.submit": { limit: 30, windowSeconds: 15 * MINUTE },
  // Each makes an account row; ten profiles per guardian is the cap, this keeps retries of it cheap.
  "guardians.addChild": { limit: 20, windowSeconds: 60 * MINUTE },
  // Public, and each report emails the event's safeguarding leads.
  "concerns.report": { limit: 10, windowSeconds: 60 * MINUTE },
  // A sponsor or organiser writes a handful of starter projects; this stops a script filling the list.
  "starters.create": { limit: 60, windowSeconds: 60 * MINUTE },
  // An organiser keeps tens of templates; copying writes a whole set at once.
  "templates.create": { limit: 60, windowSeconds: 60 * MINUTE },
  "templates.copy": { limit: 20, windowSeconds: 60 * MINUTE },
  // Offering to mentor writes an offer organisers read; a person changes theirs a few times at most.
  "mentoring.offer": { limit: 30, windowSeconds: 60 * MINUTE },
  // Learner groups: proposing rewrites a centre's day, so a stuck client must not loop on it; moving
  // learners and choosing mentors is done by hand, one select at a time.
  "groups.propose": { limit: 60, windowSeconds: 60 * MINUTE },
  "groups.moveLearner": { limit: 600, windowSeconds: 60 * MINUTE },
  "groups.setMentor": { limit: 300, windowSeconds: 60 * MINUTE },
  "groups.publish": { limit: 60, windowSeconds: 60 * MINUTE },
  // The help queue: a team asks a few times a day, a mentor works through a few dozen requests; these
  // keep a stuck client or a script from churning a centre's queue.
  "help.raise": { limit: 30, windowSeconds: 60 * MINUTE },
  "help.cancel": { limit: 30, windowSeconds: 60 * MINUTE },
  "help.claim": { limit: 120, windowSeconds: 60 * MINUTE },
  "help.release": { limit: 120, windowSeconds: 60 * MINUTE },
  "help.resolve": { limit: 120, windowSeconds: 60 * MINUTE },
  // Each reads a file of up to 2 MB and checks every row against the event; an import writes up to 2000
  // projects. An organiser previews a few times while choosing columns, then imports once or twice.
  "imports.previewDevpost": { limit: 60, windowSeconds: 60 * MINUTE },
  "imports.importDevpost": { limit: 20, windowSeconds: 60 * MINUTE },
  // A team posts a few updates in the months after an event; a sponsor a few outcomes.
  "next.postUpdate": { limit: 20, windowSeconds: 60 * MINUTE },
  "next.postOutcome": { limit: 20, windowSeconds: 60 * MINUTE },
  // An organiser rewords a prompt a few times at most.
  "prompts.update": { limit: 60, windowSeconds: 60 * MINUTE },
  // Webhooks: each test and redelivery makes the server POST to another site, and each saved address is
  // resolved in DNS; by hand these are a few a minute at most.
  "webhooks.createForEvent": { limit: 30, windowSeconds: 60 * MINUTE },
  "webhooks.updateForEvent": { limit: 60, windowSeconds: 60 * MINUTE },
  "webhooks.sendTestForEvent": { limit: 30, windowSeconds: 10 * MINUTE },
  "webhooks.redeliverForEvent": { limit: 60, windowSeconds: 10 * MINUTE },
  "webhooks.rotateSecretForEvent": { limit: 30, windowSeconds: 60 * MINUTE },
  "webhooks.createForOrganisation": { limit: 30, windowSeconds: 60 * MINUTE },
  "webhooks.updateForOrganisation": { limit: 60, windowSeconds: 60 * MINUTE },
  "webhooks.sendTestForOrganisation": { limit: 30, windowSeconds: 10 * MINUTE },
  "webhooks.redeliverForOrganisation": { limit: 60, windowSeconds: 10 * MINUTE },
  "webhooks.rotateSecretForOrganisation": { limit: 30, windowSeconds: 60 * MINUTE },
};

/**
 * The HTTP API's limit (/api/v1) for each API token: far above what a sync job needs (one call a
 * second is 300 in five minutes). Public reads take no token and are not limited: they are cached.
 */
export const API_TOKEN_LIMIT: ProcedureLimit = { limit: 600, windowSeconds: 5 * MINUTE };

/** Counts one API call by the token `tokenId`; RateLimitedError once the window's count passes API_TOKEN_LIMIT. */
export async function enforceApiLimit(db: Db, params: { tokenId: string }): Promise<void> {
  const rule = API_TOKEN_LIMIT;
  const key = `api:${createHash("sha256").update(`token:${params.tokenId}`).digest("hex")}`;
  const { count, secondsLeft } = await countInWindow(db, key, rule.windowSeconds);
  if (count > rule.limit) {
    throw new RateLimitedError(
      `Too many API calls: at most ${rule.limit} in ${rule.windowSeconds / MINUTE} minutes. Wait ${waitInWords(secondsLeft)}.`,
      secondsLeft,
    );
  }
}

/** A refusal because a limit was reached: 429, with how long to wait (the route sends Retry-After). */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    /** Whole seconds until the window ends and the caller may try again (≥ 1). */
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
    this.name = "RateLimitedError";
  }
}

/** "a minute", "3 minutes", "45 seconds": how long to wait, in words, rounded up to whole minutes. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}

/**
 * Counts one call of the procedure at `path` by the caller (their user id when signed in, else their
 * client IP when known; no key, no limit) and throws RateLimitedError once the count passes the limit
 * in the current window. Does nothing for a procedure without a limit (no query). Every call counts,
 * refused ones included, so retrying in a loop does not shorten the wait.
 */
export async function enforceProcedureLimit(
  db: Db,
  params: { path: string; userId: string | null; clientIp: string | null },
): Promise<void> {
  const rule = PROCEDURE_LIMITS[params.path];
  if (!rule) return;
  const caller = params.userId ? `user:${params.userId}` : params.clientIp ? `ip:${params.clientIp}` : null;
  if (!caller) return;
  // Hashed, like the sign-in limits' keys, so the table holds no IP addresses.
  const key = `call:${params.path}:${createHash("sha256").update(caller).digest("hex")}`;
  const { count, secondsLeft } = await countInWindow(db, key, rule.windowSeconds);
  if (count > rule.limit) {
    throw new RateLimitedError(
      `You've done this a lot in a short time. Please wait ${waitInWords(secondsLeft)} and try again.`,
      secondsLeft,
    );
  }
}
