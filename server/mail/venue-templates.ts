// Emails about venues invited to become centres (server/venues). Pure, like ./templates.ts.
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { greeting, message, type MailContent } from "./templates.ts";

/**
 * To the address an organiser invited: what they are asked (to run a centre of the event at their
 * venue), the organiser's own note, and a link to the page where, signed in with this address, they fill
 * in the centre's details for the organisers to approve. Written in `locale` ("VenueMail"; English unless
 * said).
 */
export function venueInvitationMail(params: {
  eventName: string;
  venueName: string;
  inviterName: string;
  /** The organiser's note; empty for none. */
  note: string;
  url: string;
  expiresInDays: number;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "VenueMail");
  const names = { venue: params.venueName, event: params.eventName };
  return message({
    kind: "venue-invitation",
    subject: t("invitationSubject", names),
    lines: [
      greeting(null, locale),
      t("invitation", { ...names, inviter: params.inviterName }),
      ...(params.note ? [t("note", { note: params.note })] : []),
      t("invitationHow", { days: params.expiresInDays }),
      t("invitationIgnore"),
    ],
    action: { label: t("invitationAction"), url: params.url },
    locale,
  });
}

/** What the organisers decided about a venue whose details were sent. */
export type VenueDecision =
  { kind: "APPROVED" } | { kind: "DECLINED"; reason: string } | { kind: "WITHDRAWN" };

/**
 * To the person who sent a venue's details, when the organisers approve them (they are now the centre
 * lead, and the link goes to their centre's page), decline them (with the organisers' reason) or
 * withdraw the invitation. Written in `locale` ("VenueMail"; English unless said).
 */
export function venueDecisionMail(params: {
  recipientName: string | null;
  eventName: string;
  centreName: string;
  decision: VenueDecision;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "VenueMail");
  const { decision } = params;
  const names = { centre: params.centreName, event: params.eventName };
  const content =
    decision.kind === "APPROVED"
      ? {
          subject: t("approvedSubject", names),
          lines: [t("approved", names), t("approvedLead")],
          label: t("approvedAction"),
        }
      : decision.kind === "DECLINED"
        ? {
            subject: t("declinedSubject", names),
            lines: [
              t("declined", names),
              t("declinedReason", { reason: decision.reason }),
              t("declinedThanks"),
            ],
            label: t("seeEvent"),
          }
        : {
            subject: t("withdrawnSubject", names),
            lines: [t("withdrawn", names), t("withdrawnMistake")],
            label: t("seeEvent"),
          };
  return message({
    kind: "venue-decision",
    subject: content.subject,
    lines: [greeting(params.recipientName, locale), ...content.lines],
    action: { label: content.label, url: params.url },
    locale,
  });
}
