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

/**
 * A refusal's words (made by `refusals`, server/i18n/refusals.ts): the English text from the en-GB
 * catalogue, and where the catalogue keeps it, so that it can be said again in another language.
 */
export interface Said {
  readonly text: string;
  readonly ref: {
    readonly namespace: string;
    readonly key: string;
    readonly values?: Record<string, string | number>;
  };
}

export class DomainError extends Error {
  /** Where the message's words live in the catalogues (absent for a message made in code). */
  readonly said: Said["ref"] | null;

  constructor(
    readonly code: DomainErrorCode,
    /** What the person is told: catalogue words (`refuse("key")`), or text already made from them. */
    message: Said | string,
    /** Field-level problems, shown next to the form fields. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(typeof message === "string" ? message : message.text);
    this.name = "DomainError";
    this.said = typeof message === "string" ? null : message.ref;
  }
}
