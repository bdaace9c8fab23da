// Sponsors never receive personal data of under-18s. Every procedure of the app router — read from the
// router, so a new one is covered without being listed — is called by each kind of sponsor (an
// organisation's owner, who owns a challenge of the event; a member who judges the sponsor's challenge
// round) with inputs built from its own schema and the real ids of a world where the entrants are young
// people, and no answer may hold a young person's email, their guardian's email, their date of birth (in
// any of the forms the app writes dates), their surname, their check-in code or any of the sensitive
// information the event collected (medical and access needs, emergency contact).
import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { appRouter } from "./_app.ts";
import { knownInput, procedureInput, type KnownValues } from "../test/arbitrary-input.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeSubmittedEntry, roundDetails } from "../test/judging-factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { makeCentre } from "../test/registration-factories.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
/** Generated calls per procedure and sponsor, besides the one made of real ids. */
const RUNS = Number(process.env.PRIVACY_RUNS) || 6;

let tdb: TestDatabase;
let sponsors: { kind: string; user: SessionUser }[];
let known: KnownValues;
/** What must never reach a sponsor, with what it is (for the failure message). */
let secrets: { text: string; what: string }[];

const YOUNG = [
  { first: "Kit", surname: "Zebrafinch", alias: "KitCodes", born: "2012-04-09" },
  { first: "Lou", surname: "Quokkaberry", alias: "LouBytes", born: "2014-11-23" },
  { first: "Ash", surname: "Marmosetti", alias: null, born: "2010-01-30" },
] as const;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date of birth as the app or a spreadsheet might write it. */
function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split("-");
  const month = MONTHS[Number(m) - 1] ?? "";
  return [iso, `${d}/${m}/${y}`, `${Number(d)} ${month} ${y}`, `${month} ${Number(d)}, ${y}`];
}

beforeAll(async () => {
  tdb = await openTestDatabase();
  const db = tdb.db;
  const organiser = await makeUser(db, { name: "Olive Organiser" });
  const event = await makeEvent(db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const centre = await makeCentre(db, event.id);
  await db.event.update({
    where: { id: event.id },
    data: { sensitiveFields: ["MEDICAL", "ACCESS", "EMERGENCY_CONTACT"] },
  });
  const owner = await makeUser(db, { name: "Sasha Sponsor" });
  const member = await makeUser(db, { name: "Jude Sponsorjudge" });
  const organisation = await makeOrganisation(db, {
    members: [
      { userId: owner.id, role: "OWNER" },
      { userId: member.id, role: "MEMBER" },
    ],
  });
  const challenge = await makeChallenge(db, {
    organisationId: organisation.id,
    eventId: event.id,
    status: "PUBLISHED",
  });
  secrets = [];
  const teamIds: string[] = [];
  const submissionIds: string[] = [];
  const registrationIds: string[] = [];
  const userIds: string[] = [];
  const emails: string[] = [];
  for (const [i, young] of YOUNG.entries()) {
    const entry = await makeSubmittedEntry(db, {
      eventId: event.id,
      centreId: centre.id,
      challengeId: challenge.id,
      title: `Young project ${i + 1}`,
    });
    const guardianEmail = `guardian-${young.surname.toLowerCase()}@example.test`;
    await db.user.update({
      where: { id: entry.captain.id },
      data: { name: `${young.first} ${young.surname}`, alias: young.alias },
    });
    const registration = await db.registration.update({
      where: { id: entry.captain.registrationId },
      data: { dateOfBirth: new Date(`${young.born}T00:00:00Z`), guardianEmail, affiliation: "Zebra Academy" },
      select: { checkInCode: true },
    });
    // The first two have their guardian's consent to public credit; the third none at all.
    if (i < 2) {
      await db.guardianConsent.create({
        data: {
          registrationId: entry.captain.registrationId,
          guardianEmail,
          tokenHash: createHash("sha256").update(`token-${i}`).digest("hex"),
          expiresAt: new Date(now.getTime() + 86_400_000),
          consentedAt: now,
          guardianName: `Pat ${young.surname}`,
          attend: true,
          photo: true,
          publicCredit: true,
        },
      });
    }
    const medical = `Allergy note for ${young.alias ?? young.first}: carries medicine ${i}`;
    const phone = `07700 90045${i}`;
    await db.sensitiveInfo.create({
      data: {
        registrationId: entry.captain.registrationId,
        medical,
        access: `Access note ${i}`,
        emergencyName: `Emergency Contact${i}`,
        emergencyRelationship: "parent",
        emergencyPhone: phone,
      },
    });
    teamIds.push(entry.team.id);
    submissionIds.push(entry.submission.id);
    registrationIds.push(entry.captain.registrationId);
    userIds.push(entry.captain.id);
    emails.push(entry.captain.email);
    secrets.push(
      { text: entry.captain.email, what: `${young.first}'s email` },
      { text: guardianEmail, what: `${young.first}'s guardian's email` },
      { text: young.surname, what: `${young.first}'s surname` },
      { text: `Pat ${young.surname}`, what: `${young.first}'s guardian's name` },
      { text: registration.checkInCode, what: `${young.first}'s check-in code` },
      { text: "Zebra Academy", what: `${young.first}'s school` },
      { text: medical, what: `${young.first}'s medical needs` },
      { text: `Access note ${i}`, what: `${young.first}'s access needs` },
      { text: `Emergency Contact${i}`, what: `${young.first}'s emergency contact` },
      { text: phone, what: `${young.first}'s emergency phone` },
      ...dateForms(young.born).map((text) => ({ text, what: `${young.first}'s date of birth` })),
    );
  }
  // The sponsor's challenge round, with the member as its judge, open and assigned.
  const as = callerFor(db, organiser, now);
  const round = await as.judging.create({
    eventId: event.id,
    details: roundDetails({ scope: "CHALLENGE", challengeId: challenge.id, judgesPerEntry: 1 }),
  });
  const judge = await as.judging.inviteJudge({ roundId: round.id, email: member.email, affiliation: "" });
  await callerFor(db, member, now).judging.respond({ roundId: round.id, accept: true });
  await as.judging.assign({ roundId: round.id });
  await as.judging.release({ roundId: round.id });
  await as.judging.move({ roundId: round.id, to: "OPEN" });
  const entries = await db.roundEntry.findMany({ where: { roundId: round.id }, select: { id: true } });
  const assignments = await db.assignment.findMany({ where: { roundId: round.id }, select: { id: true } });
  sponsors = [
    { kind: "organisation owner with a challenge", user: owner },
    { kind: "member judging the sponsor's round", user: member },
  ];
  known = {
    eventId: [event.id],
    slug: [event.slug, organisation.slug],
    challengeSlug: [challenge.slug],
    roundId: [round.id],
    centreId: [centre.id],
    teamId: teamIds,
    submissionId: submissionIds,
    registrationId: registrationIds,
    userId: userIds,
    entryId: entries.map((e) => e.id),
    assignmentId: assignments.map((a) => a.id),
    judgeId: [judge.id],
    organisationId: [organisation.id],
    challengeId: [challenge.id],
    email: emails,
  };
}, 120_000);
afterAll(() => tdb.close());

type Procedure = { _def: { type: string; inputs: unknown[] } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>).sort(
  ([a], [b]) => a.localeCompare(b),
);

function procedureOf(caller: unknown, path: string): (input: unknown) => Promise<unknown> {
  let target: unknown = caller;
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  return target as (input: unknown) => Promise<unknown>;
}

/** What each procedure answered the sponsors with at least once. */
const answered = new Set<string>();

/**
 * Every input the sponsors have sent so far. The world is shared, so a sponsor may have typed a young
 * person's email (inviting them as a judge, say); an answer may repeat what the sponsor typed, but never
 * what they did not (that person's name, for one).
 */
const typed: string[] = [];

/** The secrets in `answer` that the sponsors never typed themselves, as "<what> (<text>)". */
function leaks(answer: unknown): string[] {
  const text = JSON.stringify(answer) ?? "";
  return secrets
    .filter((s) => text.includes(s.text) && !typed.some((input) => input.includes(s.text)))
    .map((s) => `${s.what} (${s.text})`);
}

describe("sponsors never receive young people's personal data", () => {
  it.each(procedures.map(([path, procedure]) => [path, procedure] as const))(
    "%s",
    async (path, procedure) => {
      const seed = createHash("sha256").update(path).digest().readInt32BE(0);
      const inputs = [
        ...[0, 1, 2].map((pick) => knownInput(procedure._def.inputs, known, pick, seed)),
        ...fc.sample(procedureInput(procedure._def.inputs, known), { numRuns: RUNS, seed }),
      ];
      for (const sponsor of sponsors) {
        for (const input of inputs) {
          let answer: unknown;
          typed.push(JSON.stringify(input) ?? "");
          try {
            answer = await procedureOf(callerFor(tdb.db, sponsor.user, now), path)(input);
          } catch (error) {
            if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") continue;
            throw error;
          }
          answered.add(path);
          expect(leaks(answer), `${path} answered a ${sponsor.kind} with ${JSON.stringify(input)}`).toEqual(
            [],
          );
        }
      }
    },
    60_000,
  );

  // Worth something only if sponsors got answers: their own pages, their challenge, the gallery, their
  // judging queue.
  it("reached what sponsors can see", () => {
    for (const path of [
      "organisations.forMembers",
      "challenges.listForOrganisation",
      "challenges.listPublished",
      "submissions.gallery",
      "judging.queue",
      "events.bySlug",
    ]) {
      if (procedures.some(([p]) => p === path)) expect(answered, path).toContain(path);
    }
    expect(answered.size).toBeGreaterThan(20);
  });
});
