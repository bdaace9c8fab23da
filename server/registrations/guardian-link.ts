// A guardian acting with the link they consented with, after consenting: naming who may collect their
// young person, answering the event's sensitive questions. One rule for every such action.
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { findConsentLink } from "./queries.ts";
import { consentDoubts } from "./rules.ts";

/** This module's refusals ("RegistrationErrors"). */
const refuse = refusals("RegistrationErrors");

/** What a guardian does with their consent link after consenting: each finishes the refusals below. */
export type GuardianLinkAction = "give this" | "say who may collect them";

/** The refusals for each action: the consent is not in force; the viewer is the young person. */
const actionRefusals = {
  "give this": { notInForce: "consentNotInForceGiveThis", selfConsent: "selfConsentGiveThis" },
  "say who may collect them": {
    notInForce: "consentNotInForceSayCollectors",
    selfConsent: "selfConsentSayCollectors",
  },
} as const satisfies Record<GuardianLinkAction, { notInForce: string; selfConsent: string }>;

/**
 * The consent behind `token` when it was given and not withdrawn, for a guardian to act on (`doing`
 * picks the refusals' words: "say who may collect them"). Errors (DomainError): NOT_FOUND for any other link;
 * SELF_CONSENT when `viewer` is the young person themselves (consentDoubts), as for consent itself.
 */
export async function consentInForce(
  db: Db | Tx,
  params: {
    token: string;
    now: Date;
    viewer: { id: string; email: string } | null;
    doing: GuardianLinkAction;
  },
) {
  const { consent, state } = await findConsentLink(db, { token: params.token, now: params.now });
  if (state !== "USED" || !consent?.consentedAt || consent.withdrawnAt) {
    throw new DomainError("NOT_FOUND", refuse(actionRefusals[params.doing].notInForce));
  }
  const [doubt] = consentDoubts({
    participant: { id: consent.registration.userId, email: consent.registration.user.email },
    guardianEmail: consent.guardianEmail,
    givenBy: params.viewer,
  });
  if (doubt) {
    throw new DomainError("SELF_CONSENT", refuse(actionRefusals[params.doing].selfConsent));
  }
  return consent;
}
