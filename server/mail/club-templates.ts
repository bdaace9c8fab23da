// Emails about a place at a weekly club that takes its bookings here (server/directory/bookings.ts). Pure,
// like ./templates.ts.
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { greeting, message, type MailContent } from "./templates.ts";

/**
 * What happened to the booking: a place booked, a place on the waiting list, a place come free for
 * someone waiting, or the club cancelled it (a place, or a place on the waiting list).
 */
export type ClubBookingNews =
  "booked" | "waiting" | "promoted" | "cancelledByClub" | "waitingCancelledByClub";

/**
 * To the person booked (a child's profile's mail reaches their guardian: server/mail/send.ts) about
 * their place at `clubTitle`, run by `organisationName`; `nextMeeting` is already written in the club's
 * zone (null: none left). The link opens the club's page, where the place can be given up. Written in
 * `locale` ("ClubBookingMail"; English unless said).
 */
export function clubBookingMail(params: {
  news: ClubBookingNews;
  recipientName: string | null;
  clubTitle: string;
  organisationName: string;
  nextMeeting: string | null;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "ClubBookingMail");
  const names = { club: params.clubTitle, organisation: params.organisationName };
  const holdsPlace = params.news === "booked" || params.news === "promoted";
  const lines = [greeting(params.recipientName, locale), t(params.news, names)];
  if (holdsPlace && params.nextMeeting) lines.push(t("nextMeeting", { when: params.nextMeeting }));
  lines.push(t(holdsPlace ? "giveUp" : params.news === "waiting" ? "waitingLeave" : "bookAgain"));
  return message({
    kind: "club-booking",
    subject: t(`${params.news}Subject`, names),
    lines,
    action: { label: t("action"), url: params.url },
    locale,
  });
}
