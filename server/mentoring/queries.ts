import "server-only";
import type { Db } from "../db/create.ts";
import { isYoungPerson } from "../people/rules.ts";
import { AGE_FACTS_SELECT, registrantAge } from "../registrations/age.ts";
import { eventDays } from "./days.ts";

export { dayInZone } from "./days.ts";
import { calendarDay, checkRatio, isVettedOn, vettingFlags, type VettingFacts } from "./vetting.ts";

/**
 * The ids of those `teamIds` (of one event) with a member who is a young person at the event (under its
 * adult age, server/people/rules.ts isYoungPerson): only vetted adults may look after them unsupervised.
 */
export async function teamsWithYoungPeople(
  db: Db,
  params: {
    event: { id: string; startsAt: Date; timeZone: string; consentAge: number };
    teamIds: readonly string[];
  },
): Promise<Set<string>> {
  if (params.teamIds.length === 0) return new Set();
  const members = await db.teamMember.findMany({
    where: { eventId: params.event.id, teamId: { in: [...params.teamIds] } },
    select: {
      teamId: true,
      user: {
        select: { registrations: { where: { eventId: params.event.id }, select: AGE_FACTS_SELECT } },
      },
    },
  });
  const young = new Set<string>();
  for (const m of members) {
    const registration = m.user.registrations[0];
    // A member without a registration (which joining prevents) is treated as young: the careful side.
    const age = registration ? registrantAge(registration, params.event) : 0;
    if (isYoungPerson({ age, consentAge: params.event.consentAge })) young.add(m.teamId);
  }
  return young;
}

/** The vetting records of `userIds` at an event, by user id, as the rules read them (server/mentoring/vetting.ts). */
export async function vettingOf(
  db: Db,
  params: { eventId: string; userIds: readonly string[] },
): Promise<Map<string, VettingFacts>> {
  if (params.userIds.length === 0) return new Map();
  const rows = await db.vettingRecord.findMany({
    where: { eventId: params.eventId, userId: { in: [...params.userIds] } },
    select: { userId: true, check: true, checkedOn: true, expiresOn: true, trainingOn: true },
  });
  return new Map(rows.map((r) => [r.userId, vettingFactsOf(r)]));
}

/** A vetting record's DATE columns as the rules read them ("YYYY-MM-DD"). */
function vettingFactsOf(r: {
  check: VettingFacts["check"];
  checkedOn: Date;
  expiresOn: Date;
  trainingOn: Date | null;
}): VettingFacts {
  return {
    check: r.check,
    checkedOn: calendarDay(r.checkedOn),
    expiresOn: calendarDay(r.expiresOn),
    trainingOn: r.trainingOn ? calendarDay(r.trainingOn) : null,
  };
}

/**
 * The offer form's facts for `userId` at `event`: the event's days, its centres, and the caller's own
 * offer (null when none), with whether they hold the MENTOR role and where.
 */
export async function offerFormOf(
  db: Db,
  params: {
    event: { id: string; timeZone: string; startsAt: Date; submissionDeadline: Date };
    userId: string;
  },
) {
  const [centres, offer, role] = await Promise.all([
    db.centre.findMany({
      where: { eventId: params.event.id },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.mentorOffer.findUnique({
      where: { eventId_userId: { eventId: params.event.id, userId: params.userId } },
      select: {
        id: true,
        centreId: true,
        skills: true,
        levels: true,
        days: true,
        capacity: true,
        note: true,
        status: true,
      },
    }),
    db.eventRole.findFirst({
      where: { eventId: params.event.id, userId: params.userId, role: "MENTOR" },
      select: { centre: { select: { name: true } } },
    }),
  ]);
  return {
    days: eventDays(params.event),
    centres,
    offer: offer ? { ...offer, days: offer.days.map(calendarDay) } : null,
    mentorAt: role ? (role.centre?.name ?? "the event") : null,
  };
}

/**
 * Everyone who offered to mentor or works at the event's centres (mentors and leads), for organisers
 * (every centre) or a centre lead (`centreIds`: their centres' people and the offers made to them), each
 * with their offer, their vetting and its flags on `today` (server/mentoring/vetting.ts vettingFlags)
 * against the event's `lastDay`. Names as accounts give them (adults).
 */
export async function mentorsOf(
  db: Db,
  params: { eventId: string; centreIds: readonly string[] | null; today: string; lastDay: string },
) {
  const inCentres = params.centreIds === null ? {} : { centreId: { in: [...params.centreIds] } };
  const [offers, roles] = await Promise.all([
    db.mentorOffer.findMany({
      where: { eventId: params.eventId, ...inCentres, status: { not: "WITHDRAWN" } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        userId: true,
        status: true,
        skills: true,
        levels: true,
        days: true,
        capacity: true,
        note: true,
        createdAt: true,
        centre: { select: { id: true, name: true } },
        user: { select: { name: true, email: true } },
      },
    }),
    db.eventRole.findMany({
      where: {
        eventId: params.eventId,
        role: { in: ["MENTOR", "CENTRE_LEAD"] },
        ...inCentres,
        centreId: params.centreIds === null ? { not: null } : { in: [...params.centreIds] },
      },
      select: {
        userId: true,
        role: true,
        centre: { select: { id: true, name: true } },
        user: { select: { name: true, email: true } },
      },
    }),
  ]);
  const userIds = [...new Set([...offers.map((o) => o.userId), ...roles.map((r) => r.userId)])];
  const vetting = await vettingRecordsOf(db, { eventId: params.eventId, userIds });
  const rows = userIds.map((userId) => {
    const offer = offers.find((o) => o.userId === userId) ?? null;
    const held = roles.filter((r) => r.userId === userId);
    const account = offer?.user ?? held[0]?.user ?? { name: null, email: "" };
    const record = vetting.get(userId) ?? null;
    return {
      userId,
      name: account.name?.trim() || account.email,
      email: account.email,
      roles: held.map((r) => ({ role: r.role as "MENTOR" | "CENTRE_LEAD", centre: r.centre?.name ?? "" })),
      offer: offer
        ? {
            id: offer.id,
            status: offer.status,
            centre: offer.centre,
            skills: offer.skills,
            levels: offer.levels,
            days: offer.days.map(calendarDay),
            capacity: offer.capacity,
            note: offer.note,
            createdAt: offer.createdAt,
          }
        : null,
      vetting: record,
      flags: vettingFlags(record?.facts ?? null, { today: params.today, lastDay: params.lastDay }),
    };
  });
  return rows.sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

/** Vetting records with what organisers see besides the rules' facts. */
interface VettingView {
  facts: VettingFacts;
  checkDetail: string;
  verifiedBy: string;
  updatedAt: Date;
}

async function vettingRecordsOf(
  db: Db,
  params: { eventId: string; userIds: readonly string[] },
): Promise<Map<string, VettingView>> {
  if (params.userIds.length === 0) return new Map();
  const rows = await db.vettingRecord.findMany({
    where: { eventId: params.eventId, userId: { in: [...params.userIds] } },
    select: {
      userId: true,
      check: true,
      checkDetail: true,
      checkedOn: true,
      expiresOn: true,
      trainingOn: true,
      verifiedBy: true,
      updatedAt: true,
    },
  });
  return new Map(
    rows.map((r) => [
      r.userId,
      {
        facts: vettingFactsOf(r),
        checkDetail: r.checkDetail,
        verifiedBy: r.verifiedBy,
        updatedAt: r.updatedAt,
      },
    ]),
  );
}

/**
 * Who is on site at each of `centreIds` now: the adults signed in (mentors and leads, with whether each
 * is vetted `today`), the centre's mentors and leads not signed in (`away`), the young people checked in and not yet out (under the event's adult age), and the
 * ratio check (server/mentoring/vetting.ts checkRatio; null when the event sets no ratio).
 */
export async function onSite(
  db: Db,
  params: {
    event: {
      id: string;
      startsAt: Date;
      timeZone: string;
      consentAge: number;
      youngPeoplePerVettedAdult: number | null;
    };
    centreIds: readonly string[];
    today: string;
  },
) {
  const { event } = params;
  const [visits, attendances, roles] = await Promise.all([
    db.staffVisit.findMany({
      where: { eventId: event.id, centreId: { in: [...params.centreIds] }, checkedOutAt: null },
      orderBy: { checkedInAt: "asc" },
      select: {
        centreId: true,
        userId: true,
        checkedInAt: true,
        user: { select: { name: true, email: true } },
      },
    }),
    db.attendance.findMany({
      where: {
        centreId: { in: [...params.centreIds] },
        checkedOutAt: null,
        registration: { eventId: event.id },
      },
      select: { centreId: true, registration: { select: AGE_FACTS_SELECT } },
    }),
    db.eventRole.findMany({
      where: {
        eventId: event.id,
        centreId: { in: [...params.centreIds] },
        role: { in: ["MENTOR", "CENTRE_LEAD"] },
      },
      select: { centreId: true, userId: true, role: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  const userIds = [...new Set([...visits.map((v) => v.userId), ...roles.map((r) => r.userId)])];
  const vetting = await vettingOf(db, { eventId: event.id, userIds });
  const nameOf = (user: { name: string | null; email: string }) => user.name?.trim() || user.email;
  return params.centreIds.map((centreId) => {
    const here = visits.filter((v) => v.centreId === centreId);
    const staff = here.map((v) => ({
      userId: v.userId,
      name: nameOf(v.user),
      since: v.checkedInAt,
      vetted: isVettedOn(vetting.get(v.userId) ?? null, params.today),
    }));
    // The centre's mentors and leads not signed in here (someone signed in elsewhere is listed there).
    const away = roles
      .filter((r) => r.centreId === centreId && !here.some((v) => v.userId === r.userId))
      .filter((r, i, all) => all.findIndex((x) => x.userId === r.userId) === i)
      .map((r) => ({
        userId: r.userId,
        name: nameOf(r.user),
        vetted: isVettedOn(vetting.get(r.userId) ?? null, params.today),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
    const youngPresent = attendances.filter(
      (a) =>
        a.centreId === centreId &&
        isYoungPerson({ age: registrantAge(a.registration, event), consentAge: event.consentAge }),
    ).length;
    const vettedAdultsPresent = staff.filter((s) => s.vetted).length;
    return {
      centreId,
      staff,
      away,
      youngPresent,
      vettedAdultsPresent,
      ratio: checkRatio({
        youngPresent,
        vettedAdultsPresent,
        youngPeoplePerVettedAdult: event.youngPeoplePerVettedAdult,
      }),
    };
  });
}

/**
 * What every command of a day board (team matches, learner groups) starts from: the event's mentoring
 * facts, the centre and day the ladder checked (centreDayProcedure), and who acts.
 */
export async function boardScope(
  ctx: { db: Db; event: { id: string }; centre: { id: string }; user: { id: string } },
  day: string,
) {
  return {
    event: await mentoringEventOf(ctx.db, ctx.event.id),
    centreId: ctx.centre.id,
    day,
    actorId: ctx.user.id,
  };
}

/** The event facts mentoring works with (its days, adult age and ratio). NOT_FOUND never: the ladder found it. */
export async function mentoringEventOf(db: Db, eventId: string) {
  return db.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      id: true,
      name: true,
      slug: true,
      timeZone: true,
      startsAt: true,
      submissionDeadline: true,
      consentAge: true,
      youngPeoplePerVettedAdult: true,
    },
  });
}

/**
 * The centres where `userId` mentors or leads at an event, each with when they signed in there (null:
 * not signed in).
 */
export async function staffPlacesOf(db: Db, params: { eventId: string; userId: string }) {
  const [roles, visit] = await Promise.all([
    db.eventRole.findMany({
      where: {
        eventId: params.eventId,
        userId: params.userId,
        role: { in: ["MENTOR", "CENTRE_LEAD"] },
        centreId: { not: null },
      },
      distinct: ["centreId"],
      select: { centre: { select: { id: true, name: true } } },
    }),
    db.staffVisit.findFirst({
      where: { eventId: params.eventId, userId: params.userId, checkedOutAt: null },
      select: { centreId: true, checkedInAt: true },
    }),
  ]);
  return roles
    .flatMap((r) => (r.centre ? [r.centre] : []))
    .map((c) => ({ ...c, since: visit?.centreId === c.id ? visit.checkedInAt : null }));
}
