// Emails about changes to someone's team. Pure, like ./templates.ts. People are named as other
// participants see them (server/people/rules.ts nameForParticipants: a young person by nickname only),
// and no message a participant typed is copied into an email: the product has no private messaging
// between participants, so the request's note stays on the team page. Each is written in `locale`
// ("TeamMail"; English unless said).
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { greeting, message, type MailContent } from "./templates.ts";

interface TeamFacts {
  /** The recipient's first name (or nickname), for the greeting. */
  recipientName: string | null;
  teamName: string;
  eventName: string;
  /** The recipient's team page (or the team finder) on the site. */
  url: string;
  locale?: SiteLocale | undefined;
}

/** The "TeamMail" translator in the facts' language, and the team's and event's names as arguments. */
function wordsFor(facts: TeamFacts) {
  const locale = facts.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "TeamMail");
  return { locale, t, names: { team: facts.teamName, event: facts.eventName } };
}

/** To a captain: someone asked to join their team. Written in `locale` (English unless said). */
export function teamJoinRequestMail(facts: TeamFacts & { requesterName: string }): MailContent {
  const { locale, t, names } = wordsFor(facts);
  const asked = { ...names, requester: facts.requesterName };
  return message({
    kind: "team-join-request",
    subject: t("joinRequestSubject", asked),
    lines: [greeting(facts.recipientName, locale), t("joinRequest", asked), t("joinRequestHow")],
    action: { label: t("joinRequestAction"), url: facts.url },
    locale,
  });
}

/** To the person who asked: the captain let them in. Written in `locale` (English unless said). */
export function teamJoinAcceptedMail(facts: TeamFacts): MailContent {
  const { locale, t, names } = wordsFor(facts);
  return message({
    kind: "team-join-accepted",
    subject: t("joinAcceptedSubject", names),
    lines: [greeting(facts.recipientName, locale), t("joinAccepted", names), t("joinAcceptedWhat")],
    action: { label: t("openTeam"), url: facts.url },
    locale,
  });
}

/** To the person who asked: the captain said no. Written in `locale` (English unless said). */
export function teamJoinDeclinedMail(facts: TeamFacts): MailContent {
  const { locale, t, names } = wordsFor(facts);
  return message({
    kind: "team-join-declined",
    subject: t("joinDeclinedSubject", names),
    lines: [greeting(facts.recipientName, locale), t("joinDeclined", names), t("joinDeclinedWhat")],
    action: { label: t("findTeam"), url: facts.url },
    locale,
  });
}

/** To someone the captain took out of the team. Written in `locale` (English unless said). */
export function teamMemberRemovedMail(facts: TeamFacts): MailContent {
  const { locale, t, names } = wordsFor(facts);
  return message({
    kind: "team-member-removed",
    subject: t("removedSubject", names),
    lines: [greeting(facts.recipientName, locale), t("removed", names), t("removedWhat")],
    action: { label: t("findTeam"), url: facts.url },
    locale,
  });
}

/** To a captain: someone joined their team with its join code. Written in `locale` (English unless said). */
export function teamMemberJoinedMail(facts: TeamFacts & { memberName: string }): MailContent {
  const { locale, t, names } = wordsFor(facts);
  const joined = { ...names, member: facts.memberName };
  return message({
    kind: "team-member-joined",
    subject: t("memberJoinedSubject", joined),
    lines: [greeting(facts.recipientName, locale), t("memberJoined", joined), t("memberJoinedWhat")],
    action: { label: t("openTeam"), url: facts.url },
    locale,
  });
}

/** To a captain: a member left their team. Written in `locale` (English unless said). */
export function teamMemberLeftMail(facts: TeamFacts & { memberName: string }): MailContent {
  const { locale, t, names } = wordsFor(facts);
  const left = { ...names, member: facts.memberName };
  return message({
    kind: "team-member-left",
    subject: t("memberLeftSubject", left),
    lines: [greeting(facts.recipientName, locale), t("memberLeft", left), t("memberLeftWhat")],
    action: { label: t("openTeam"), url: facts.url },
    locale,
  });
}

/** To a member who was made captain. Written in `locale` (English unless said). */
export function teamCaptainMail(facts: TeamFacts & { previousCaptainName: string }): MailContent {
  const { locale, t, names } = wordsFor(facts);
  const made = { ...names, previousCaptain: facts.previousCaptainName };
  return message({
    kind: "team-captain",
    subject: t("captainSubject", names),
    lines: [greeting(facts.recipientName, locale), t("captain", made), t("captainWhat")],
    action: { label: t("openTeam"), url: facts.url },
    locale,
  });
}
