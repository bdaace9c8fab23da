// Every link we email must be safe to open by a machine. Mail systems at schools, councils and companies
// (link scanners, safe-links gateways) fetch each link in a message before the person does: opening a
// link (GET or HEAD, following redirects, with no cookies) must never spend a token, sign anyone in or
// change anything.
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from "@playwright/test";
import { MAIL_KINDS } from "../server/mail/kinds";
import { CONSENT_TEXT_VERSION } from "../server/registrations/rules";
import { expectSignedIn, requestSignInLink, signIn, signInByEmail, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import {
  createCentreWithLead,
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  REGISTRATION_OPEN,
  withDatabase,
} from "./support/db";
import { addDays, datetimeLocal, todayUtc } from "./support/london";
import { sendNoTeamPrompts } from "./support/prompts";
import { mutate, query } from "./support/trpc";

interface Visit {
  url: string;
  method: "GET" | "HEAD";
  status: number;
  setCookies: string[];
}

/**
 * Opens `url` as a scanner would: no cookies, every redirect followed by hand so each hop's
 * Set-Cookie headers are seen. Returns every hop.
 */
async function openLikeAScanner(
  scanner: APIRequestContext,
  url: string,
  method: "GET" | "HEAD",
): Promise<Visit[]> {
  const visits: Visit[] = [];
  let next: string | null = url;
  for (let hop = 0; next && hop < 10; hop++) {
    const response: APIResponse = await scanner.fetch(next, { method, maxRedirects: 0 });
    const setCookies = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    visits.push({ url: next, method, status: response.status(), setCookies });
    const location: string | undefined =
      response.status() >= 300 && response.status() < 400 ? response.headers().location : undefined;
    next = location ? new URL(location, next).toString() : null;
  }
  return visits;
}

/** A digest of every row of every table: equal digests mean nothing in the database changed. */
async function databaseDigest(): Promise<Record<string, string>> {
  return withDatabase(async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const digest: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ digest: string | null }>(
        `SELECT md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))) AS digest FROM "${name}" t`,
      );
      digest[name] = rows[0]?.digest ?? "empty";
    }
    return digest;
  });
}

/** The links in every email sent to `addresses`, by kind. */
async function emailedLinks(addresses: string[]): Promise<Map<string, Set<string>>> {
  const rows = await withDatabase(async (client) => {
    const result = await client.query<{ kind: string; text: string; link: string | null }>(
      `SELECT kind, text, link FROM "OutboxEmail" WHERE "to" = ANY($1)`,
      [addresses],
    );
    return result.rows;
  });
  const byKind = new Map<string, Set<string>>();
  for (const row of rows) {
    const links = byKind.get(row.kind) ?? new Set<string>();
    for (const match of row.text.matchAll(/https?:\/\/[^\s<>"]+/g)) links.add(match[0]);
    if (row.link) links.add(row.link);
    byKind.set(row.kind, links);
  }
  return byKind;
}

/** The link of the newest email of `kind` sent to `to`. */
async function linkSentTo(to: string, kind: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ link: string | null }>(
      `SELECT link FROM "OutboxEmail" WHERE "to" = $1 AND kind = $2 ORDER BY "createdAt" DESC LIMIT 1`,
      [to, kind],
    );
    return rows[0]?.link ?? "";
  });
}

/** The parts of teams.mine these tests read. */
interface TeamPage {
  team: {
    members: { userId: string; isMe: boolean }[];
    requests: { id: string }[];
    joinCode: string | null;
  } | null;
}

const sessionCookie = /authjs\.session-token=/i;

function isoDate(daysAgo: number, yearsAgo: number): string {
  const day = addDays(todayUtc(), -daysAgo);
  return `${day.year - yearsAgo}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}

test.describe("links in emails are safe to open by a machine", () => {
  test("a link scanner opening a sign-in link neither signs in nor spends it; the person then can", async ({
    page,
  }) => {
    const email = "scanner.trial@example.org";
    await requestSignInLink(page, email);
    const link = await withDatabase(async (client) => {
      const { rows } = await client.query<{ link: string }>(
        `SELECT link FROM "OutboxEmail" WHERE "to" = $1 AND kind = 'sign-in' ORDER BY "createdAt" DESC LIMIT 1`,
        [email],
      );
      return rows[0]?.link;
    });
    expect(link, "a sign-in email in the outbox").toBeTruthy();
    if (!link) return;

    const scanner = await playwrightRequest.newContext();
    const before = await databaseDigest();
    for (const method of ["GET", "HEAD"] as const) {
      const visits = await openLikeAScanner(scanner, link, method);
      for (const visit of visits) {
        expect(
          visit.setCookies.filter((c) => sessionCookie.test(c)),
          `${method} ${visit.url}`,
        ).toEqual([]);
        expect(visit.status, `${method} ${visit.url}`).toBeLessThan(400);
      }
    }
    // The old form of the link (straight to Auth.js's callback) is just as harmless when opened.
    const callback = new URL(link);
    callback.pathname = "/api/auth/callback/nodemailer";
    const callbackVisits = await openLikeAScanner(scanner, callback.toString(), "GET");
    expect(callbackVisits.flatMap((v) => v.setCookies).filter((c) => sessionCookie.test(c))).toEqual([]);
    expect(callbackVisits.at(-1)?.url).toContain("/signin/confirm?");
    expect(await databaseDigest()).toEqual(before);
    await scanner.dispose();

    // The person opens the same link afterwards: one button, and it signs them in.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Finish signing in" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Continue signing in as s…@example.org" }).click();
    await expectSignedIn(page, email);
  });

  test("another site cannot spend a sign-in link by posting to the callback", async ({ page }) => {
    const email = uniqueEmail("cross-site");
    await requestSignInLink(page, email);
    const link = await withDatabase(async (client) => {
      const { rows } = await client.query<{ link: string }>(
        `SELECT link FROM "OutboxEmail" WHERE "to" = $1 AND kind = 'sign-in' ORDER BY "createdAt" DESC LIMIT 1`,
        [email],
      );
      return rows[0]?.link ?? "";
    });
    const callback = new URL(link);
    callback.pathname = "/api/auth/callback/nodemailer";
    const forged = await page.request.post(callback.toString(), {
      headers: { "Sec-Fetch-Site": "cross-site" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    // Still unspent: the person's own click works.
    await page.goto(link);
    await page.getByRole("button", { name: /^Continue signing in as / }).click();
    await expectSignedIn(page, email);
  });

  test("opening every kind of email's links without cookies changes nothing", async ({ page, browser }) => {
    // It sends every kind of email through the real procedures (a judging round runs to published
    // results along the way), so it takes several times a usual test.
    test.setTimeout(240_000);
    const organiser = uniqueEmail("links-organiser");
    const sponsor = uniqueEmail("links-sponsor");
    const young = uniqueEmail("links-young");
    const guardian = uniqueEmail("links-guardian");
    const judge = uniqueEmail("links-judge");
    const invitee = uniqueEmail("links-invitee");
    const slug = `links-${Date.now().toString(36)}`;
    const event = await createPublishedEvent({
      slug,
      name: `Link safety ${slug}`,
      organiserEmail: organiser,
      timeline: REGISTRATION_OPEN,
    });

    const pageFor = async (email: string): Promise<Page> => {
      const context = await browser.newContext();
      const other = await context.newPage();
      await signIn(other, email);
      return other;
    };
    // sign-in: the organiser signs in through an emailed link (the others by session).
    await signInByEmail(page, organiser);
    const sponsorPage = await pageFor(sponsor);
    const youngPage = await pageFor(young);

    // event-role, then event-role-revoked
    const judgeRole = await mutate<{ id: string }>(page.request, "events.grantRole", {
      eventId: event.id,
      email: judge,
      role: "JUDGE",
    });
    await mutate(page.request, "events.revokeRole", { eventId: event.id, roleId: judgeRole.id });
    // judge-invitation: the organiser invites the same person to judge a round
    const round = await mutate<{ id: string }>(page.request, "judging.create", {
      eventId: event.id,
      details: {
        name: "Link safety judging",
        scope: "EVENT",
        judgesPerEntry: 2,
        scaleMin: 1,
        scaleMax: 5,
        criteria: [{ name: "Impact", guidance: "", weight: 1 }],
      },
    });
    await mutate(page.request, "judging.inviteJudge", { roundId: round.id, email: judge, affiliation: "" });
    // organisation-invite, then challenge-status (the organisers hear of a submitted challenge)
    const organisation = await mutate<{ id: string }>(sponsorPage.request, "organisations.create", {
      name: `Link Safety Sponsor ${slug}`,
      kind: "COMMUNITY",
      description: "",
    });
    await mutate(sponsorPage.request, "organisations.invite", {
      organisationId: organisation.id,
      email: invitee,
      role: "MEMBER",
    });
    // organisation-membership: the organiser joins the sponsor's organisation and is removed from it
    await mutate(sponsorPage.request, "organisations.invite", {
      organisationId: organisation.id,
      email: organiser,
      role: "MEMBER",
    });
    const organiserInvite = await linkSentTo(organiser, "organisation-invite");
    await mutate(page.request, "organisations.acceptInvite", {
      token: organiserInvite.split("/invites/")[1] ?? "",
    });
    const { members } = await query<{ members: { id: string; user: { email: string } }[] }>(
      sponsorPage.request,
      "organisations.forMembers",
      { organisationId: organisation.id },
    );
    await mutate(sponsorPage.request, "organisations.removeMember", {
      organisationId: organisation.id,
      memberId: members.find((m) => m.user.email === organiser)?.id ?? "",
    });
    const challenge = await mutate<{ id: string }>(sponsorPage.request, "challenges.create", {
      organisationId: organisation.id,
      eventId: event.id,
      details: {
        title: "Safer links",
        summary: "Make every emailed link safe to open.",
        problemStatement: "Mail scanners open links before people do; nothing may change when they do.",
        sector: "Safety",
      },
    });
    await mutate(sponsorPage.request, "challenges.submit", {
      organisationId: organisation.id,
      challengeId: challenge.id,
    });
    // guardian-consent: a 14-year-old registers
    await mutate(youngPage.request, "registrations.register", {
      eventId: event.id,
      name: "Jess Links",
      alias: "LinkFox",
      experience: "NEW",
      dateOfBirth: isoDate(0, 14),
      guardianEmail: guardian,
      codeOfConductVersion: "2026-1",
      acceptCodeOfConduct: true,
    });
    // concern-reported, to the organiser (the event has no safeguarding lead)
    await mutate(youngPage.request, "concerns.report", {
      slug: event.slug,
      description: "Someone at the venue keeps asking younger people for their phone numbers",
    });
    // announcement (reaches the registrant)
    await mutate(page.request, "announcements.create", {
      eventId: event.id,
      title: "Doors open at nine",
      body: "See you there.",
    });
    // event-dates-changed (reaches the registrant): the organiser moves the event's dates, keeping its
    // phases as they are (registration open, hacking a week ahead).
    const day = (offset: number) => datetimeLocal(addDays(todayUtc(), offset), "10:00");
    await mutate(page.request, "events.update", {
      eventId: event.id,
      details: {
        name: `Link safety ${slug}`,
        slug,
        description: "A weekend of building things for the city.",
        timeZone: "Europe/London",
        registrationOpensAt: day(-3),
        registrationClosesAt: day(5),
        startsAt: day(7),
        submissionDeadline: day(9),
        judgingClosesAt: day(12),
        resultsAt: day(15),
        teamMinSize: 1,
        teamMaxSize: 5,
        minimumAge: null,
      },
    });
    // Team emails, between two adults: the organiser and the sponsor register and team up.
    // team-join-request, team-join-accepted, team-captain, team-member-removed
    const registerAdult = (request: APIRequestContext, name: string) =>
      mutate(request, "registrations.register", {
        eventId: event.id,
        name,
        experience: "CONFIDENT",
        dateOfBirth: isoDate(0, 40),
        codeOfConductVersion: "2026-1",
        acceptCodeOfConduct: true,
      });
    await registerAdult(page.request, "Olive Organiser");
    await registerAdult(sponsorPage.request, "Sam Sponsor");
    const team = await mutate<{ id: string }>(page.request, "teams.create", {
      eventId: event.id,
      name: `Safe Links ${slug}`,
    });
    const teamIds = { eventId: event.id, teamId: team.id };
    await mutate(sponsorPage.request, "teams.requestToJoin", { ...teamIds, message: "" });
    const captainView = await query<TeamPage>(page.request, "teams.mine", { eventId: event.id });
    await mutate(page.request, "teams.acceptRequest", {
      ...teamIds,
      requestId: captainView.team?.requests[0]?.id ?? "",
    });
    const inTeam = await query<TeamPage>(page.request, "teams.mine", { eventId: event.id });
    const idOf = (isMe: boolean) => inTeam.team?.members.find((m) => m.isMe === isMe)?.userId ?? "";
    await mutate(page.request, "teams.handOver", { ...teamIds, userId: idOf(false) });
    await mutate(sponsorPage.request, "teams.removeMember", { ...teamIds, userId: idOf(true) });
    // team-member-joined and team-member-left (to the captain): back in by the join code, then out.
    const asCaptain = await query<TeamPage>(sponsorPage.request, "teams.mine", { eventId: event.id });
    await mutate(page.request, "teams.joinByCode", {
      eventId: event.id,
      code: asCaptain.team?.joinCode ?? "",
    });
    await mutate(page.request, "teams.leave", teamIds);

    // consent-given, then consent-withdrawn: a second young person whose guardian consents and then
    // withdraws; in between they ask to join the team and are turned down (team-join-declined).
    const young2 = uniqueEmail("links-young2");
    const guardian2 = uniqueEmail("links-guardian2");
    const young2Page = await pageFor(young2);
    await mutate(young2Page.request, "registrations.register", {
      eventId: event.id,
      name: "Kit Links",
      alias: "LinkOtter",
      experience: "SOME",
      dateOfBirth: isoDate(30, 15),
      guardianEmail: guardian2,
      codeOfConductVersion: "2026-1",
      acceptCodeOfConduct: true,
    });
    const consentLink2 = (await emailedLinks([guardian2])).get("guardian-consent");
    const token2 = [...(consentLink2 ?? [])][0]?.split("/consent/")[1] ?? "";
    await mutate(page.context().request, "registrations.giveConsent", {
      token: token2,
      guardianName: "Pat Guardian",
      attend: true,
      photo: false,
      publicCredit: false,
      consentTextVersion: CONSENT_TEXT_VERSION,
    });
    await mutate(young2Page.request, "teams.requestToJoin", { ...teamIds, message: "" });
    const sponsorView = await query<TeamPage>(sponsorPage.request, "teams.mine", { eventId: event.id });
    await mutate(sponsorPage.request, "teams.declineRequest", {
      ...teamIds,
      requestId: sponsorView.team?.requests[0]?.id ?? "",
    });
    await mutate(page.context().request, "registrations.withdrawConsent", { token: token2 });

    // project-disqualified and project-reinstated (reach the team)
    const captain = uniqueEmail("links-captain");
    const projectTeam = await createTeamWithCaptain({
      eventId: event.id,
      teamName: `Links ${slug}`,
      captainEmail: captain,
    });
    const submissionId = await createSubmittedProject({
      eventId: event.id,
      teamId: projectTeam.teamId,
      title: "Link Checker",
      description: "Checks that links are safe to open.",
    });
    await mutate(page.request, "submissions.disqualify", {
      eventId: event.id,
      submissionId,
      reason: "Entered twice by mistake",
    });
    await mutate(page.request, "submissions.reinstate", { eventId: event.id, submissionId });
    // results-published (reaches the team): the judge accepts, the round runs and its results go out
    const judgePage = await pageFor(judge);
    await mutate(judgePage.request, "judging.respond", { roundId: round.id, accept: true });
    for (const step of ["judging.assign", "judging.release"]) {
      await mutate(page.request, step, { roundId: round.id });
    }
    for (const to of ["OPEN", "CLOSED", "PUBLISHED"]) {
      await mutate(page.request, "judging.move", { roundId: round.id, to });
    }

    // centre-changed (reaches the young person): the event gets a centre, and the organiser places them.
    const centreId = await createCentreWithLead({
      eventId: event.id,
      centreName: `Links Library ${slug}`,
      capacity: 20,
      leadEmail: uniqueEmail("links-lead"),
      people: [],
    });
    const youngRegistration = await query<{ id: string }>(youngPage.request, "registrations.mine", {
      eventId: event.id,
    });
    await mutate(page.request, "registrations.moveToCentre", {
      eventId: event.id,
      registrationId: youngRegistration.id,
      centreId,
    });

    // waitlist-offer (reaches the judge, who holds no place): a full centre's waiting list, then a place
    // frees when the organiser raises its capacity, and the job queue offers it.
    const annexeName = `Links Annexe ${slug}`;
    const annexeId = await createCentreWithLead({
      eventId: event.id,
      centreName: annexeName,
      capacity: 1,
      leadEmail: uniqueEmail("links-lead2"),
      people: [{ email: uniqueEmail("links-holder"), name: "Hal Holder", dateOfBirth: isoDate(0, 40) }],
    });
    await mutate(judgePage.request, "waitingList.join", {
      eventId: event.id,
      centreId: annexeId,
      experience: "SOME",
    });
    await mutate(page.request, "centres.update", {
      eventId: event.id,
      centreId: annexeId,
      name: annexeName,
      capacity: 2,
    });
    await expect
      .poll(async () => (await emailedLinks([judge])).has("waitlist-offer"), { timeout: 30_000 })
      .toBe(true);

    // venue-invitation, then venue-decision: the organiser invites a venue, its lead sends the centre's
    // details, and the organiser declines them (the lead is emailed the reason).
    const venueLead = uniqueEmail("links-venue");
    const venue = await mutate<{ id: string }>(page.request, "venues.invite", {
      eventId: event.id,
      email: venueLead,
      venueName: `Links Venue ${slug}`,
      message: "Would you host a centre?",
    });
    const venueLeadPage = await pageFor(venueLead);
    await mutate(venueLeadPage.request, "venues.submit", {
      token: (await linkSentTo(venueLead, "venue-invitation")).split("/venues/invitation/")[1] ?? "",
      name: `Links Venue ${slug}`,
      capacity: 12,
    });
    await mutate(page.request, "venues.decline", {
      eventId: event.id,
      invitationId: venue.id,
      reason: "We have a centre next door already.",
    });

    // club-booking (reaches the judge): an operator's club that takes bookings here; the judge books a place.
    const clubId = `links-club-${slug}`;
    await withDatabase(async (client) => {
      await client.query(
        `INSERT INTO "Organisation" (id, slug, name, kind, "operatorRequestedAt", "operatorApprovedAt", "updatedAt")
         VALUES ($1, $1, $2, 'COMMUNITY', now(), now(), now())`,
        [`links-operator-${slug}`, `Links Operator ${slug}`],
      );
      await client.query(
        `INSERT INTO "RecurringSession" (id, "organisationId", title, weekday, "startTime", "endTime", "timeZone",
           "startsOn", mode, "minAge", "maxAge", level, "bookingUrl", "placesHere", "publishedAt", "updatedAt")
         VALUES ($1, $2, $3, 3, '18:00', '19:30', 'Europe/London', DATE '2026-01-07', 'ONLINE', 16, 25, 'SOME',
           '', 10, now(), now())`,
        [clubId, `links-operator-${slug}`, `Links Club ${slug}`],
      );
    });
    await mutate(judgePage.request, "directory.book", { sessionId: clubId, dateOfBirth: isoDate(0, 35) });

    // prompt (reaches the organiser, who left the team): the sweep runs inside the "no team yet" window.
    await sendNoTeamPrompts(page.request, event.id);

    const addresses = [
      organiser,
      sponsor,
      young,
      guardian,
      judge,
      invitee,
      young2,
      guardian2,
      captain,
      venueLead,
    ];
    const links = await emailedLinks(addresses);
    expect([...links.keys()].sort(), "every kind of email was sent at least once").toEqual(
      [...MAIL_KINDS].sort(),
    );

    const scanner = await playwrightRequest.newContext();
    const before = await databaseDigest();
    for (const [kind, urls] of links) {
      expect(urls.size, `${kind} has a link`).toBeGreaterThan(0);
      for (const url of urls) {
        for (const method of ["GET", "HEAD"] as const) {
          for (const visit of await openLikeAScanner(scanner, url, method)) {
            expect(
              visit.setCookies.filter((c) => sessionCookie.test(c)),
              `${kind}: ${method} ${visit.url}`,
            ).toEqual([]);
            expect(visit.status, `${kind}: ${method} ${visit.url}`).toBeLessThan(500);
          }
        }
      }
    }
    expect(await databaseDigest(), "the database after opening every link").toEqual(before);
    await scanner.dispose();

    // And the links still work for the people they were sent to.
    const consentLink = [...(links.get("guardian-consent") ?? [])].find((u) => !u.includes(token2)) ?? "";
    const guardianContext = await browser.newContext();
    const guardianPage = await guardianContext.newPage();
    await guardianPage.goto(consentLink);
    await expect(guardianPage.getByRole("button", { name: "Give consent" })).toBeVisible();
    await guardianContext.close();
    const inviteLink = await linkSentTo(invitee, "organisation-invite");
    const inviteePage = await pageFor(invitee);
    await inviteePage.goto(inviteLink);
    await expect(inviteePage.getByRole("button", { name: /^Accept/ })).toBeVisible();
  });
});
