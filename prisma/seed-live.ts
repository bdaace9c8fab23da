/**
 * The day itself (called by ./seed.ts): "Code Club Day" (/code-club-day) is on now, at one centre, so a
 * newcomer sees the venue side at once. lead@example.org leads its centre: the check-in screen shows four
 * people in the building (two young people, one of them Leo, whose guardian registered him from her
 * account), one who has left, and one not here yet; the live register lists who is in with their
 * emergency contacts. Jess (15) has her guardian's consent, two adults named to collect her, and a
 * medical need the lead can read (the read is recorded).
 *
 * Its dates are relative to the day the seed runs (07:00 to 22:00 UTC), so it is live whenever the demo
 * is set up in the daytime. Idempotent like the rest of the seed: rows are upserted by natural key,
 * and visits, consents and collectors are written only when there are none.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../server/db/create.ts";
import { hashConsentToken } from "../server/registrations/queries.ts";
import { generateJoinCode } from "../server/teams/rules.ts";
import { endOfDay } from "../server/help/rules.ts";
import { CONSENT_TEXT_VERSION } from "../server/registrations/rules.ts";
import {
  DEMO_CENTRE_LEAD_EMAIL,
  DEMO_CHILD_PROFILE_EMAIL,
  DEMO_CODE_OF_CONDUCT_VERSION,
  DEMO_JUDGE_EMAIL,
  DEMO_MENTOR_EMAIL,
  DEMO_ORGANISER_EMAIL,
  DEMO_PARENT_EMAIL,
} from "./seed-data.ts";

export const LIVE_DAY_SLUG = "code-club-day";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface LivePerson {
  email: string;
  /** Years old when the day started. */
  age: number;
  guardian?: { email: string; name: string; collectors: { name: string; relationship: string }[] };
  sensitive?: {
    medical: string;
    emergencyName: string;
    emergencyRelationship: string;
    emergencyPhone: string;
  };
  /** Hours after the start they arrived, and left (null: still here); absent: not here yet. */
  visit?: { in: number; out: number | null };
}

const PEOPLE: LivePerson[] = [
  { email: "participant1@example.org", age: 28, visit: { in: 0.1, out: null } },
  { email: "participant2@example.org", age: 24, visit: { in: 0.2, out: null } },
  { email: "participant3@example.org", age: 33, visit: { in: 0.1, out: 1.5 } },
  { email: "participant4@example.org", age: 45 },
  {
    email: "participant5@example.org",
    age: 15,
    guardian: {
      email: "guardian.pixelfox@example.org",
      name: "Ngozi Okoro",
      collectors: [
        { name: "Ngozi Okoro", relationship: "mother" },
        { name: "Tunde Okoro", relationship: "uncle" },
      ],
    },
    sensitive: {
      medical: "Asthma: her inhaler is in the front pocket of her bag.",
      emergencyName: "Ngozi Okoro",
      emergencyRelationship: "mother",
      emergencyPhone: "07700 900123",
    },
    visit: { in: 0.3, out: null },
  },
  {
    email: DEMO_CHILD_PROFILE_EMAIL,
    age: 10,
    guardian: {
      email: DEMO_PARENT_EMAIL,
      name: "Priya Shah",
      collectors: [{ name: "Priya Shah", relationship: "mother" }],
    },
    visit: { in: 0.4, out: null },
  },
];

/** A date of birth (a date-only value) making someone `age` and one to three months on `start`'s day. */
function bornBefore(start: Date, age: number, index: number): Date {
  const birthday = Date.UTC(start.getUTCFullYear() - age, start.getUTCMonth(), start.getUTCDate());
  return new Date(birthday - (30 + index * 10) * DAY);
}

/**
 * Writes the day that is on now. It runs 07:00 to 22:00 UTC on the seed's day (on the hour of its
 * date, so running the seed again that day changes nothing): live whenever the demo is set up in the
 * daytime. A visit that would lie in the future (a seed run before 07:30) is put a minute before `now`.
 */
export async function seedLiveDay(db: Db, now: Date): Promise<{ slug: string; name: string }> {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = new Date(midnight + 7 * HOUR);
  const fields = {
    name: "Code Club Day",
    description:
      "All day at the Central Library: build a game, a website or a robot with the Code Club volunteers. " +
      "All ages welcome; under-18s need a guardian's consent and are collected at the end.",
    timeZone: "Europe/London",
    status: "PUBLISHED" as const,
    publishedAt: new Date(start.getTime() - 30 * DAY),
    registrationOpensAt: new Date(start.getTime() - 28 * DAY),
    registrationClosesAt: new Date(start.getTime() - HOUR),
    startsAt: start,
    submissionDeadline: new Date(start.getTime() + 15 * HOUR),
    judgingClosesAt: new Date(start.getTime() + 3 * DAY),
    resultsAt: new Date(start.getTime() + 4 * DAY),
    teamMinSize: 1,
    teamMaxSize: 4,
    sensitiveFields: ["MEDICAL", "EMERGENCY_CONTACT"] as ("MEDICAL" | "EMERGENCY_CONTACT")[],
    youngPeoplePerVettedAdult: 8,
    contactEmail: "hello@example.org",
  };
  const event = await db.event.upsert({
    where: { slug: LIVE_DAY_SLUG },
    create: { slug: LIVE_DAY_SLUG, ...fields },
    update: fields,
    select: { id: true, name: true },
  });
  const [organiser, lead] = await Promise.all(
    [DEMO_ORGANISER_EMAIL, DEMO_CENTRE_LEAD_EMAIL].map((email) =>
      db.user.findUniqueOrThrow({ where: { email }, select: { id: true } }),
    ),
  );
  if (!organiser || !lead) throw new Error("The live day needs the demo organiser and centre lead");
  const centre = await db.centre.upsert({
    where: { eventId_name: { eventId: event.id, name: "Central Library" } },
    create: {
      eventId: event.id,
      name: "Central Library",
      capacity: 30,
      addressLine: "Calverley Street",
      openingTimes: "Today, 9:00 to 17:00",
    },
    update: {},
    select: { id: true },
  });
  await db.eventRole.createMany({
    data: [
      { eventId: event.id, userId: organiser.id, role: "ORGANISER" as const, centreId: null },
      { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD" as const, centreId: centre.id },
    ],
    skipDuplicates: true,
  });

  for (const [index, person] of PEOPLE.entries()) {
    const user = await db.user.findUniqueOrThrow({ where: { email: person.email }, select: { id: true } });
    const registration = await db.registration.upsert({
      where: { eventId_userId: { eventId: event.id, userId: user.id } },
      create: {
        eventId: event.id,
        userId: user.id,
        centreId: centre.id,
        experience: person.age < 18 ? "NEW" : "SOME",
        skills: person.age < 18 ? ["Scratch"] : ["Python"],
        dateOfBirth: bornBefore(start, person.age, index),
        status: "CONFIRMED",
        guardianEmail: person.guardian?.email ?? null,
        codeOfConductVersion: DEMO_CODE_OF_CONDUCT_VERSION,
        codeOfConductAt: new Date(start.getTime() - (10 - index) * DAY),
      },
      // Dates move with the day, like every demo date.
      update: {
        centreId: centre.id,
        status: "CONFIRMED",
        withdrawnAt: null,
        dateOfBirth: bornBefore(start, person.age, index),
        codeOfConductAt: new Date(start.getTime() - (10 - index) * DAY),
      },
      select: { id: true },
    });
    if (person.guardian) await consentOnce(db, registration.id, person.guardian, start);
    if (person.sensitive) {
      await db.sensitiveInfo.upsert({
        where: { registrationId: registration.id },
        create: { registrationId: registration.id, ...person.sensitive },
        update: person.sensitive,
        select: { registrationId: true },
      });
    }
    if (person.visit && (await db.attendance.count({ where: { registrationId: registration.id } })) === 0) {
      const notAfterNow = (t: number) => new Date(Math.min(t, now.getTime() - 60_000));
      const checkedInAt = notAfterNow(start.getTime() + person.visit.in * HOUR);
      const out = person.visit.out;
      await db.attendance.create({
        data: {
          registrationId: registration.id,
          centreId: centre.id,
          checkedInAt,
          checkedInById: lead.id,
          ...(out === null
            ? {}
            : {
                checkedOutAt: notAfterNow(start.getTime() + out * HOUR),
                checkedOutById: lead.id,
                departure: "ALONE" as const,
              }),
        },
        select: { id: true },
      });
      await db.registration.update({
        where: { id: registration.id },
        data: { checkedInAt },
        select: { id: true },
      });
    }
  }
  await seedMentoring(db, { eventId: event.id, centreId: centre.id, start, now, organiserId: organiser.id });
  return { slug: LIVE_DAY_SLUG, name: event.name };
}

const dateOnly = (t: number) => new Date(new Date(t).toISOString().slice(0, 10) + "T00:00:00Z");

/**
 * The day's mentoring: Marcus mentors at the Central Library (offer accepted, enhanced DBS with the
 * barred list and training recorded, signed in since the doors opened) and looks after both teams —
 * Pixel Pals (Jess and Leo, under-18s) and Night Owls (two adults) — with today's matches published;
 * Leila, the lead, is vetted and signed in too. Jonah has offered to mentor: his offer waits for the
 * organisers, and the check recorded for him (enhanced, without the barred list) is flagged. Today's
 * learner groups are published too (seedLearnerGroups).
 */
async function seedMentoring(
  db: Db,
  params: { eventId: string; centreId: string; start: Date; now: Date; organiserId: string },
) {
  const { eventId, centreId, start } = params;
  const emails = [DEMO_MENTOR_EMAIL, DEMO_CENTRE_LEAD_EMAIL, DEMO_JUDGE_EMAIL];
  const [mentor, lead, volunteer] = await Promise.all(
    emails.map((email) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })),
  );
  if (!mentor || !lead || !volunteer) throw new Error("The live day needs the demo mentor, lead and judge");
  const day = dateOnly(start.getTime());
  await db.eventRole.createMany({
    data: [{ eventId, userId: mentor.id, role: "MENTOR" as const, centreId }],
    skipDuplicates: true,
  });
  const offers = [
    { userId: mentor.id, status: "ACCEPTED" as const, skills: ["scratch", "python", "games"], capacity: 3 },
    { userId: volunteer.id, status: "OFFERED" as const, skills: ["data", "web"], capacity: 2 },
  ];
  for (const offer of offers) {
    const fields = {
      centreId,
      skills: offer.skills,
      levels: ["NEW" as const, "SOME" as const],
      days: [day],
      capacity: offer.capacity,
      status: offer.status,
      ...(offer.status === "ACCEPTED"
        ? { decidedById: params.organiserId, decidedAt: new Date(start.getTime() - 7 * DAY) }
        : {}),
    };
    await db.mentorOffer.upsert({
      where: { eventId_userId: { eventId, userId: offer.userId } },
      create: { eventId, userId: offer.userId, ...fields },
      update: fields,
      select: { id: true },
    });
  }
  const vetting = [
    { userId: mentor.id, check: "DBS_ENHANCED_BARRED" as const, training: true },
    { userId: lead.id, check: "DBS_ENHANCED_BARRED" as const, training: true },
    { userId: volunteer.id, check: "DBS_ENHANCED" as const, training: false },
  ];
  for (const v of vetting) {
    const fields = {
      check: v.check,
      checkedOn: dateOnly(start.getTime() - 400 * DAY),
      expiresOn: dateOnly(start.getTime() + 700 * DAY),
      verifiedBy: "Owen Marsh (organiser)",
      trainingOn: v.training ? dateOnly(start.getTime() - 300 * DAY) : null,
      recordedById: params.organiserId,
    };
    await db.vettingRecord.upsert({
      where: { eventId_userId: { eventId, userId: v.userId } },
      create: { eventId, userId: v.userId, ...fields },
      update: fields,
      select: { id: true },
    });
  }
  for (const userId of [mentor.id, lead.id]) {
    // A visit left open by a run on an earlier day ends that day; today's starts when the doors open.
    const open = await db.staffVisit.findFirst({
      where: { eventId, userId, checkedOutAt: null },
      select: { id: true, checkedInAt: true },
    });
    if (open && open.checkedInAt < start) {
      await db.staffVisit.update({
        where: { id: open.id },
        data: { checkedOutAt: new Date(open.checkedInAt.getTime() + 9 * HOUR) },
        select: { id: true },
      });
    }
    if (!open || open.checkedInAt < start) {
      await db.staffVisit.create({
        data: {
          eventId,
          centreId,
          userId,
          checkedInAt: new Date(
            Math.max(
              start.getTime(),
              Math.min(start.getTime() + 0.05 * HOUR, params.now.getTime() - 120_000),
            ),
          ),
          checkedInById: userId,
        },
        select: { id: true },
      });
    }
  }
  const teams = [
    {
      name: "Pixel Pals",
      members: ["participant5@example.org", DEMO_CHILD_PROFILE_EMAIL],
      wanted: ["scratch", "games"],
    },
    {
      name: "Night Owls",
      members: ["participant1@example.org", "participant2@example.org"],
      wanted: ["python"],
    },
  ];
  for (const spec of teams) {
    const team = await db.team.upsert({
      where: { eventId_name: { eventId, name: spec.name } },
      create: {
        eventId,
        centreId,
        name: spec.name,
        joinCode: generateJoinCode(randomBytes),
        wantedSkills: spec.wanted,
      },
      update: { centreId, wantedSkills: spec.wanted },
      select: { id: true },
    });
    const members = await Promise.all(
      spec.members.map((email) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })),
    );
    await db.teamMember.createMany({
      data: members.map((m, i) => ({ teamId: team.id, eventId, userId: m.id, isCaptain: i === 0 })),
      skipDuplicates: true,
    });
    await db.mentorMatch.upsert({
      where: { teamId_day: { teamId: team.id, day } },
      create: {
        eventId,
        centreId,
        teamId: team.id,
        mentorId: mentor.id,
        day,
        publishedAt: new Date(start.getTime() - 12 * HOUR),
      },
      update: {},
      select: { id: true },
    });
  }
  await seedLearnerGroups(db, { eventId, centreId, day, mentorId: mentor.id, start });
  await seedStartersAndHelp(db, {
    eventId,
    centreId,
    start,
    now: params.now,
    organiserId: params.organiserId,
  });
}

/**
 * Today's learner groups at the Central Library, published: "New to coding 1" (Jess and Leo, the
 * under-18s) led by Marcus, who is vetted; "Some experience 1" (the four adults) without a mentor, since
 * Marcus leads one group: the board says why. Jess sees "New to coding 1 with Marcus" on her registration.
 */
async function seedLearnerGroups(
  db: Db,
  params: { eventId: string; centreId: string; day: Date; mentorId: string; start: Date },
) {
  const { eventId, centreId, day } = params;
  const groups = [
    {
      label: "New to coding 1",
      level: "NEW" as const,
      mentorId: params.mentorId,
      members: ["participant5@example.org", DEMO_CHILD_PROFILE_EMAIL],
    },
    {
      label: "Some experience 1",
      level: "SOME" as const,
      mentorId: null,
      members: [1, 2, 3, 4].map((n) => `participant${n}@example.org`),
    },
  ];
  // The live day is always today: groups left by a run on an earlier day go.
  await db.learnerGroup.deleteMany({ where: { centreId, day: { not: day } } });
  for (const spec of groups) {
    const group = await db.learnerGroup.upsert({
      where: { centreId_day_label: { centreId, day, label: spec.label } },
      create: {
        eventId,
        centreId,
        day,
        level: spec.level,
        label: spec.label,
        mentorId: spec.mentorId,
        publishedAt: new Date(params.start.getTime() - 12 * HOUR),
      },
      update: {},
      select: { id: true },
    });
    const registrations = await db.registration.findMany({
      where: { eventId, user: { email: { in: spec.members } } },
      select: { id: true },
    });
    await db.learnerGroupMember.createMany({
      data: registrations.map((r) => ({ groupId: group.id, registrationId: r.id, day })),
      skipDuplicates: true,
    });
  }
}

const STARTERS = [
  {
    title: "A quiz about your town",
    summary:
      "Make a five-question quiz in Scratch about where you live. Keep score, and say well done at the end.",
    level: "NEW" as const,
    links: ["https://scratch.mit.edu/projects/editor/?tutorial=getStarted"],
  },
  {
    title: "Which library is nearest?",
    summary:
      "Use the council's list of libraries to show the three nearest to a postcode, on a map or in a list.",
    level: "SOME" as const,
    links: ["https://www.data.gov.uk/search?q=libraries"],
  },
];

/**
 * Two starter projects (a beginner's and one with some experience: Jess, new to coding, sees hers first
 * on her registration page), and Night Owls waiting for help in the centre's queue since ten minutes
 * ago (a request only while the day is on: requests expire at the end of the day).
 */
async function seedStartersAndHelp(
  db: Db,
  params: { eventId: string; centreId: string; start: Date; now: Date; organiserId: string },
) {
  const { eventId } = params;
  for (const starter of STARTERS) {
    const existing = await db.starterProject.findFirst({
      where: { eventId, title: starter.title },
      select: { id: true },
    });
    if (!existing)
      await db.starterProject.create({ data: { eventId, createdById: params.organiserId, ...starter } });
  }
  const owls = await db.team.findUniqueOrThrow({
    where: { eventId_name: { eventId, name: "Night Owls" } },
    select: { id: true, members: { where: { isCaptain: true }, select: { userId: true } } },
  });
  const dayEnd = endOfDay(params.start, "Europe/London");
  const open = await db.helpRequest.count({
    where: { teamId: owls.id, status: { in: ["WAITING", "CLAIMED"] } },
  });
  if (open === 0 && params.now < dayEnd) {
    await db.helpRequest.create({
      data: {
        eventId,
        centreId: params.centreId,
        teamId: owls.id,
        raisedById: owls.members[0]?.userId ?? null,
        topic: "CODE_ERROR",
        description: "Our Python program says IndexError when the list is empty.",
        location: "Table 3, by the window",
        createdAt: new Date(Math.max(params.start.getTime(), params.now.getTime() - 10 * 60_000)),
        expiresAt: dayEnd,
      },
      select: { id: true },
    });
  }
}

/** The guardian's consent (attend, photos no, public credit yes) and the adults they named, once. */
async function consentOnce(
  db: Db,
  registrationId: string,
  guardian: NonNullable<LivePerson["guardian"]>,
  start: Date,
): Promise<void> {
  const given = await db.guardianConsent.count({ where: { registrationId, consentedAt: { not: null } } });
  if (given > 0) return;
  const consentedAt = new Date(start.getTime() - 5 * DAY);
  await db.guardianConsent.create({
    data: {
      registrationId,
      guardianEmail: guardian.email,
      // A link nobody holds: the demo guardians' working links are the festival's.
      tokenHash: hashConsentToken(randomBytes(32).toString("base64url")),
      expiresAt: new Date(consentedAt.getTime() + 14 * DAY),
      consentTextVersion: CONSENT_TEXT_VERSION,
      guardianName: guardian.name,
      consentedAt,
      createdAt: new Date(consentedAt.getTime() - DAY),
      attend: true,
      photo: false,
      publicCredit: true,
    },
    select: { id: true },
  });
  await db.authorisedCollector.createMany({
    data: guardian.collectors.map((c) => ({ registrationId, ...c })),
  });
}
