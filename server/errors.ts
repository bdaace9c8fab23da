// Domain code throws DomainError with a closed code; only server/trpc.ts turns it into a TRPCError.
export const domainErrorCodes = [
  "NOT_FOUND",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "INVALID_INPUT",
  "CONFLICT",
  "PHASE_CLOSED",
  "LAST_ORGANISER",
  "RATE_LIMITED",
  "TEAM_FULL",
  "CONSENT_REQUIRED",
  /** Guardian consent that would come from the young person themselves (their mailbox or account). */
  "SELF_CONSENT",
  "NOT_ELIGIBLE",
  "STALE_VERSION",
  /** A consequential step the caller has to confirm first (e.g. publishing an event with no centres). */
  "CONFIRMATION_REQUIRED",
  /** A judge paired with an entry they have a conflict of interest with. */
  "CONFLICT_OF_INTEREST",
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field-level problems, shown next to the form fields. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
