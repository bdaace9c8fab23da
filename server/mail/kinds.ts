// The kinds of email the platform sends: a module of its own, free of the message catalogues, so that the
// end-to-end specs (which cannot load the catalogues' JSON) can read the list too.

/**
 * Every kind of email the platform sends. e2e/email-links.spec.ts opens the links of each kind as a mail
 * scanner would and fails when a kind here is not covered, so a new kind cannot skip that check. Each
 * kind also needs its category in MAIL_CATEGORY (./preferences.ts: whether people can turn it off) and
 * an example in ./every-kind.test.ts (that it names the people it is about).
 */
export const MAIL_KINDS = [
  "sign-in",
  "event-role",
  "event-role-revoked",
  "organisation-invite",
  "organisation-membership",
  "guardian-consent",
  "consent-given",
  "consent-withdrawn",
  "team-join-request",
  "team-join-accepted",
  "team-join-declined",
  "team-member-removed",
  "team-member-joined",
  "team-member-left",
  "team-captain",
  "challenge-status",
  "announcement",
  "event-dates-changed",
  "centre-changed",
  "project-disqualified",
  "project-reinstated",
  "judge-invitation",
  "results-published",
  "concern-reported",
  "registration-confirmed",
  "waitlist-offer",
  "venue-invitation",
  "venue-decision",
  "prompt",
  "club-booking",
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
