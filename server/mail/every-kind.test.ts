// Every kind of email, rendered with realistic data: each names the people it is about, has a link,
// belongs to a category of the preferences page, and never stands in a placeholder for a name. A new
// kind of email fails to compile here until it has an entry.
import { describe, expect, it } from "vitest";
import { challengeStatusMail } from "./challenge-templates.ts";
import { consentGivenMail, consentWithdrawnMail, guardianConsentMail } from "./consent-templates.ts";
import { judgeInvitationMail, resultsPublishedMail } from "./judging-templates.ts";
import { organisationInviteMail, organisationMembershipMail } from "./organisation-templates.ts";
import { MAIL_CATEGORY, optionalCategoryOf } from "./preferences.ts";
import { registrationConfirmedMail } from "./registration-templates.ts";
import { concernReportedMail } from "./safeguarding-templates.ts";
import { waitlistOfferMail } from "./waiting-list-templates.ts";
import { promptMail } from "./prompt-templates.ts";
import { clubBookingMail } from "./club-templates.ts";
import { venueDecisionMail, venueInvitationMail } from "./venue-templates.ts";
import { projectDisqualifiedMail, projectReinstatedMail } from "./submission-templates.ts";
import {
  teamCaptainMail,
  teamJoinAcceptedMail,
  teamJoinDeclinedMail,
  teamJoinRequestMail,
  teamMemberJoinedMail,
  teamMemberLeftMail,
  teamMemberRemovedMail,
} from "./team-templates.ts";
import {
  announcementMail,
  centreChangedMail,
  eventDatesChangedMail,
  eventRoleMail,
  eventRoleRevokedMail,
  MAIL_KINDS,
  signInMail,
  withPreferencesFooter,
  type MailContent,
  type MailKind,
} from "./templates.ts";

const url = "https://festival.example/events/festival-of-code/team";
const eventName = "Festival of Code 2026";

/** What each kind looks like, and the names of the people it must mention (none: it is about no one). */
const examples: Record<MailKind, { mail: MailContent; names: string[] }> = {
  "club-booking": {
    mail: clubBookingMail({
      news: "booked",
      recipientName: "Priya",
      clubTitle: "Code Club Cathays",
      organisationName: "Cardiff Libraries",
      nextMeeting: "Tuesday 12 January 2027 at 17:00",
      url,
    }),
    names: ["Priya", "Code Club Cathays", "Cardiff Libraries"],
  },
  "concern-reported": { mail: concernReportedMail({ eventName, url }), names: [] },
  "venue-invitation": {
    mail: venueInvitationMail({
      eventName,
      venueName: "Bradford Makerspace",
      inviterName: "Shona Keating",
      note: "We'd love to have you on board.",
      url,
      expiresInDays: 14,
    }),
    names: ["Shona Keating", "Bradford Makerspace"],
  },
  "venue-decision": {
    mail: venueDecisionMail({
      recipientName: "Priya",
      eventName,
      centreName: "Bradford Makerspace",
      decision: { kind: "DECLINED", reason: "We have a centre next door already." },
      url,
    }),
    names: ["Priya", "Bradford Makerspace"],
  },
  prompt: {
    mail: promptMail({
      recipientName: "Amara",
      subject: "Your project for Leeds Festival of Code is due tomorrow",
      message: "Projects for Leeds Festival of Code are due by Sat 5 Dec 2026, 16:00 GMT.",
      action: { label: "Open your project", url },
    }),
    names: ["Amara", "Leeds Festival of Code"],
  },
  "waitlist-offer": {
    mail: waitlistOfferMail({
      recipientName: "Amara",
      eventName,
      centreName: "Leeds Central Library",
      expiresAt: "Thu 3 Dec 2026, 14:00 GMT",
      url,
    }),
    names: ["Amara", "Leeds Central Library"],
  },
  "registration-confirmed": {
    mail: registrationConfirmedMail({
      recipientName: "Amara",
      eventName,
      startsAt: "Sat 5 Dec 2026, 09:00 GMT",
      centre: { name: "Leeds Central Library", addressLine: "Calverley Street, Leeds" },
      checkInCode: "K7P3XM",
      url,
    }),
    names: ["Amara"],
  },
  "results-published": {
    mail: resultsPublishedMail({
      recipientName: "Amara",
      eventName,
      roundName: "Finals",
      projectTitle: "Bus Buddy",
      url,
    }),
    names: ["Amara"],
  },
  "judge-invitation": {
    mail: judgeInvitationMail({ eventName, roundName: "Heats", inviterName: "Shona Keating", url }),
    names: ["Shona Keating"],
  },
  "sign-in": { mail: signInMail({ url, host: "festival.example" }), names: [] },
  "event-role": {
    mail: eventRoleMail({
      eventName,
      role: "CENTRE_LEAD",
      centreName: "Leeds Central Library",
      signInUrl: url,
    }),
    names: [],
  },
  "event-role-revoked": {
    mail: eventRoleRevokedMail({ recipientName: "Leila", eventName, role: "JUDGE", url }),
    names: ["Leila"],
  },
  "organisation-invite": {
    mail: organisationInviteMail({
      organisationName: "Northern Rail Data",
      inviterName: "Shona Keating",
      role: "MEMBER",
      url,
      expiresInDays: 14,
    }),
    names: ["Shona Keating"],
  },
  "organisation-membership": {
    mail: organisationMembershipMail({
      recipientName: "Marcus",
      organisationName: "Northern Rail Data",
      role: null,
      url,
    }),
    names: ["Marcus"],
  },
  "guardian-consent": {
    mail: guardianConsentMail({ eventName, firstName: "Jess", url, expiresInDays: 14 }),
    names: ["Jess"],
  },
  "consent-given": {
    mail: consentGivenMail({
      recipientName: "Jess",
      eventName,
      photo: false,
      publicCredit: true,
      checkInCode: "K7P3XM",
      url,
    }),
    names: ["Jess"],
  },
  "consent-withdrawn": {
    mail: consentWithdrawnMail({ recipientName: "Jess", eventName, url }),
    names: ["Jess"],
  },
  "team-join-request": {
    mail: teamJoinRequestMail({
      recipientName: "Amira",
      requesterName: "PixelFox",
      teamName: "Data Dragons",
      eventName,
      url,
    }),
    names: ["Amira", "PixelFox"],
  },
  "team-join-accepted": {
    mail: teamJoinAcceptedMail({ recipientName: "Jess", teamName: "Data Dragons", eventName, url }),
    names: ["Jess"],
  },
  "team-join-declined": {
    mail: teamJoinDeclinedMail({ recipientName: "Jess", teamName: "Data Dragons", eventName, url }),
    names: ["Jess"],
  },
  "team-member-removed": {
    mail: teamMemberRemovedMail({ recipientName: "Tom", teamName: "Data Dragons", eventName, url }),
    names: ["Tom"],
  },
  "event-dates-changed": {
    mail: eventDatesChangedMail({
      eventName,
      timeZone: "Europe/London",
      changes: [
        {
          label: "Submission deadline",
          before: "Fri 4 Dec 2026, 17:00 GMT",
          after: "Sat 5 Dec 2026, 12:00 GMT",
        },
      ],
      url,
    }),
    names: [],
  },
  "centre-changed": {
    mail: centreChangedMail({
      recipientName: "Tom",
      eventName,
      centre: { name: "Leeds Central Library", addressLine: "Calverley St, Leeds", openingTimes: "Sat 9–5" },
      url,
    }),
    names: ["Tom"],
  },
  "team-member-joined": {
    mail: teamMemberJoinedMail({
      recipientName: "Tom",
      memberName: "PixelFox",
      teamName: "Data Dragons",
      eventName,
      url,
    }),
    names: ["Tom", "PixelFox"],
  },
  "team-member-left": {
    mail: teamMemberLeftMail({
      recipientName: "Tom",
      memberName: "Sam K.",
      teamName: "Data Dragons",
      eventName,
      url,
    }),
    names: ["Tom", "Sam K."],
  },
  "team-captain": {
    mail: teamCaptainMail({
      recipientName: "Tom",
      previousCaptainName: "Amira Haddad",
      teamName: "Data Dragons",
      eventName,
      url,
    }),
    names: ["Tom", "Amira Haddad"],
  },
  "challenge-status": {
    mail: challengeStatusMail({
      action: "requestChanges",
      title: "Make rail delays easier to understand",
      organisationName: "Northern Rail Data",
      eventName,
      comment: "Please add a dataset.",
      url,
    }),
    names: [],
  },
  announcement: {
    mail: announcementMail({ eventName, title: "Doors open at nine", body: "See you there.", url }),
    names: [],
  },
  "project-disqualified": {
    mail: projectDisqualifiedMail({ eventName, title: "Bus Buddy", url, reason: "Built before the event" }),
    names: [],
  },
  "project-reinstated": {
    mail: projectReinstatedMail({ eventName, title: "Bus Buddy", url, statusText: "Submitted" }),
    names: [],
  },
};

/** What stood in for a name before names were collected, and what an empty value renders as. */
const placeholders = [
  "your young person",
  "(no alias)",
  "(no name given)",
  "A participant",
  "Someone",
  "undefined",
  "null",
  "[object Object]",
];

describe.each(MAIL_KINDS.map((kind) => [kind] as const))("%s email", (kind) => {
  const { mail, names } = examples[kind];

  it("is of its kind, in a category, with a link", () => {
    expect(mail.kind).toBe(kind);
    expect(MAIL_CATEGORY[kind]).toBeTruthy();
    expect(mail.link).toBe(url);
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${url}"`);
  });

  it("names the people it is about, in the text and the HTML", () => {
    for (const name of names) {
      expect(`${mail.subject}\n${mail.text}`).toContain(name);
      expect(mail.html).toContain(name);
    }
  });

  it("never stands in a placeholder or an empty value for a name", () => {
    for (const part of [mail.subject, mail.text, mail.html]) {
      for (const placeholder of placeholders) expect(part).not.toContain(placeholder);
    }
    for (const line of `${mail.subject}\n${mail.text}`.split("\n")) {
      // An empty name leaves a double space or a space before punctuation ("Hello ,").
      expect(line).not.toMatch(/ {2}| [,.:;!?]/);
    }
  });
});

describe("optional emails", () => {
  it("say where to turn them off; the others do not need to", () => {
    const preferences = "https://festival.example/account/emails";
    const teamMail = withPreferencesFooter(examples["team-join-request"].mail, preferences);
    expect(optionalCategoryOf("team-join-request")).toBe("TEAM");
    expect(teamMail.text).toContain(preferences);
    expect(teamMail.html).toContain(`href="${preferences}"`);
    expect(teamMail.html.indexOf(preferences)).toBeLessThan(teamMail.html.indexOf("</body>"));
    for (const kind of ["sign-in", "guardian-consent", "consent-withdrawn", "event-role-revoked"] as const) {
      expect(optionalCategoryOf(kind), kind).toBeNull();
    }
  });
});
