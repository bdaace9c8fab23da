// A guardian acting with the link they consented with, after consenting: naming who may collect their
// young person, answering the event's sensitive questions. One rule for every such action.
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { findConsentLink } from "./queries.ts";
import { consentDoubts } from "./rules.ts";

/**
 * The consent behind `token` when it was given and not withdrawn, for a guardian to act on (`doing`
 * finishes the refusals: "say who may collect them"). Errors (DomainError): NOT_FOUND for any other link;
 * SELF_CONSENT when `viewer` is the young person themselves (consentDoubts), as for consent itself.
 */
export async function consentInForce(
  db: Db | Tx,
  params: { token: string; now: Date; viewer: { id: string; email: string } | null; doing: string },
) {
  const { consent, state } = await findConsentLink(db, { token: params.token, now: params.now });
  if (state !== "USED" || !consent?.consentedAt || consent.withdrawnAt) {
    throw new DomainError(
      "NOT_FOUND",
      `Only a consent you have given (and not withdrawn) can ${params.doing}.`,
    );
  }
  const [doubt] = consentDoubts({
    participant: { id: consent.registration.userId, email: consent.registration.user.email },
    guardianEmail: consent.guardianEmail,
    givenBy: params.viewer,
  });
  if (doubt) {
    throw new DomainError(
      "SELF_CONSENT",
      `Only their parent or guardian can ${params.doing}: you're signed in as the young person.`,
    );
  }
  return consent;
}
