// Volunteers offering to mentor, organisers deciding, vetting records, the ratio and adults on site.
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { asDate, eventDays, type MentoringEvent } from "./days.ts";
import type { Offer, RecordVettingInput } from "./schema.ts";

/** This module's refusals ("MentoringErrors"). */
const refuse = refusals("MentoringErrors");

async function centreOfEvent(db: Db, eventId: string, centreId: string, field: string) {
  const centre = await db.centre.findFirst({
    where: { id: centreId, eventId },
    select: { id: true, name: true },
  });
  if (!centre) {
    throw new DomainError("INVALID_INPUT", refuse("checkCentre"), {
      [field]: [refuse("chooseCentreFromList").text],
    });
  }
  return centre;
}

/**
 * Someone (an adult, not a profile a guardian keeps) offers to mentor at `event`: a centre (optional:
 * organisers place them), skills, levels, days (each one of the event's days: field error otherwise) and
 * how many teams at once. Offering again updates the offer; a withdrawn offer is made again; an offer
 * already accepted keeps its centre (moving is an organiser's decision: field error); a declined one is
 * refused (CONFLICT). Returns `{ id, status }`. Audited.
 */
export async function offerToMentor(
  db: Db,
  params: { event: MentoringEvent; userId: string; isManagedProfile: boolean; input: Offer },
) {
  const { event, input } = params;
  if (params.isManagedProfile) {
    throw new DomainError("FORBIDDEN", refuse("mentorsAreAdults"));
  }
  const days = new Set(eventDays(event));
  if (input.days.some((d) => !days.has(d))) {
    throw new DomainError("INVALID_INPUT", refuse("checkDays"), { days: [refuse("chooseEventDays").text] });
  }
  if (input.centreId) await centreOfEvent(db, event.id, input.centreId, "centreId");
  return db.$transaction(async (tx) => {
    const existing = await tx.mentorOffer.findUnique({
      where: { eventId_userId: { eventId: event.id, userId: params.userId } },
      select: { id: true, status: true, centreId: true },
    });
    if (existing?.status === "DECLINED") {
      throw new DomainError("CONFLICT", refuse("offerDeclined"));
    }
    if (existing?.status === "ACCEPTED" && existing.centreId !== input.centreId) {
      throw new DomainError("INVALID_INPUT", refuse("askOrganiserToMove"), {
        centreId: [refuse("mentorAtCentreAlready").text],
      });
    }
    const data = {
      centreId: input.centreId,
      skills: input.skills,
      levels: input.levels,
      days: input.days.map(asDate),
      capacity: input.capacity,
      note: input.note,
    };
    const row = existing
      ? await tx.mentorOffer.update({
          where: { id: existing.id },
          data: { ...data, status: existing.status === "WITHDRAWN" ? "OFFERED" : existing.status },
          select: { id: true, status: true },
        })
      : await tx.mentorOffer.create({
          data: { ...data, eventId: event.id, userId: params.userId },
          select: { id: true, status: true },
        });
    await audit(tx, {
      actorId: params.userId,
      eventId: event.id,
      action: existing ? "mentor.offer.update" : "mentor.offer",
      entityType: "MentorOffer",
      entityId: row.id,
      data: { centreId: input.centreId, days: input.days, capacity: input.capacity },
    });
    return row;
  });
}

/**
 * The volunteer takes their offer back: it is marked withdrawn, their MENTOR roles at the event end and
 * their matches from `today` ("YYYY-MM-DD") on are removed. NOT_FOUND without an offer. Audited.
 */
export async function withdrawOffer(db: Db, params: { eventId: string; userId: string; today: string }) {
  return db.$transaction(async (tx) => {
    const offer = await tx.mentorOffer.findUnique({
      where: { eventId_userId: { eventId: params.eventId, userId: params.userId } },
      select: { id: true, status: true },
    });
    if (!offer || offer.status === "WITHDRAWN")
      throw new DomainError("NOT_FOUND", refuse("noOfferToWithdraw"));
    await tx.mentorOffer.update({
      where: { id: offer.id },
      data: { status: "WITHDRAWN" },
      select: { id: true },
    });
    await endMentoring(tx, { eventId: params.eventId, userId: params.userId, today: params.today });
    await audit(tx, {
      actorId: params.userId,
      eventId: params.eventId,
      action: "mentor.offer.withdraw",
      entityType: "MentorOffer",
      entityId: offer.id,
    });
    return { id: offer.id };
  });
}

/** Ends someone's mentoring at an event: their MENTOR roles, and their matches from `today` on. */
async function endMentoring(db: Tx, params: { eventId: string; userId: string; today: string }) {
  await db.eventRole.deleteMany({
    where: { eventId: params.eventId, userId: params.userId, role: "MENTOR" },
  });
  await db.mentorMatch.deleteMany({
    where: { eventId: params.eventId, mentorId: params.userId, day: { gte: asDate(params.today) } },
  });
}

/**
 * An organiser accepts an offer — the volunteer becomes a MENTOR at `centreId` (default: the centre they
 * offered; field error when neither is set), replacing a mentor role at another centre — or declines it
 * (their mentor roles and matches from `today` on end). NOT_FOUND for an offer of another event or one
 * withdrawn. Audited. Returns `{ id, status, centreId }`.
 */
export async function decideOffer(
  db: Db,
  params: {
    eventId: string;
    actorId: string;
    offerId: string;
    decision: "ACCEPT" | "DECLINE";
    centreId: string | null;
    today: string;
    now: Date;
  },
) {
  const offer = await db.mentorOffer.findFirst({
    where: { id: params.offerId, eventId: params.eventId, status: { not: "WITHDRAWN" } },
    select: { id: true, userId: true, centreId: true },
  });
  if (!offer) throw new DomainError("NOT_FOUND", refuse("offerNotFound"));
  const centreId = params.decision === "ACCEPT" ? (params.centreId ?? offer.centreId) : null;
  if (params.decision === "ACCEPT") {
    if (!centreId) {
      throw new DomainError("INVALID_INPUT", refuse("chooseCentre"), {
        centreId: [refuse("chooseMentorCentre").text],
      });
    }
    await centreOfEvent(db, params.eventId, centreId, "centreId");
  }
  return db.$transaction(async (tx) => {
    const status = params.decision === "ACCEPT" ? "ACCEPTED" : "DECLINED";
    await tx.mentorOffer.update({
      where: { id: offer.id },
      data: {
        status,
        centreId: centreId ?? offer.centreId,
        decidedById: params.actorId,
        decidedAt: params.now,
      },
      select: { id: true },
    });
    if (centreId) {
      await tx.eventRole.deleteMany({
        where: { eventId: params.eventId, userId: offer.userId, role: "MENTOR", centreId: { not: centreId } },
      });
      const held = await tx.eventRole.findFirst({
        where: { eventId: params.eventId, userId: offer.userId, role: "MENTOR", centreId },
        select: { id: true },
      });
      if (!held) {
        await tx.eventRole.create({
          data: {
            eventId: params.eventId,
            userId: offer.userId,
            role: "MENTOR",
            centreId,
            grantedById: params.actorId,
          },
          select: { id: true },
        });
      }
    } else {
      await endMentoring(tx, { eventId: params.eventId, userId: offer.userId, today: params.today });
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: params.decision === "ACCEPT" ? "mentor.offer.accept" : "mentor.offer.decline",
      entityType: "MentorOffer",
      entityId: offer.id,
      data: { centreId },
    });
    return { id: offer.id, status, centreId };
  });
}

/**
 * Records (or replaces) the vetting an organiser or safeguarding lead saw for an adult who works at the
 * event (holds a role there, or offered to mentor; NOT_FOUND otherwise). The audit entry keeps the
 * record before and after, so earlier versions are never lost. Returns `{ id }`.
 */
export async function recordVetting(
  db: Db,
  params: {
    eventId: string;
    actorId: string;
    input: Required<Omit<RecordVettingInput, "trainingOn">> & { trainingOn: string | null };
  },
) {
  const { input } = params;
  const [role, offer] = await Promise.all([
    db.eventRole.findFirst({
      where: { eventId: params.eventId, userId: input.userId },
      select: { id: true },
    }),
    db.mentorOffer.findFirst({
      where: { eventId: params.eventId, userId: input.userId },
      select: { id: true },
    }),
  ]);
  if (!role && !offer) throw new DomainError("NOT_FOUND", refuse("personNotFound"));
  const data = {
    check: input.check,
    checkDetail: input.check === "OTHER_EQUIVALENT" ? input.checkDetail : "",
    checkedOn: asDate(input.checkedOn),
    expiresOn: asDate(input.expiresOn),
    verifiedBy: input.verifiedBy,
    trainingOn: input.trainingOn ? asDate(input.trainingOn) : null,
    recordedById: params.actorId,
  };
  const summary = (r: {
    check: string;
    checkedOn: Date;
    expiresOn: Date;
    trainingOn: Date | null;
    verifiedBy: string;
  }) => ({
    check: r.check,
    checkedOn: r.checkedOn.toISOString().slice(0, 10),
    expiresOn: r.expiresOn.toISOString().slice(0, 10),
    trainingOn: r.trainingOn?.toISOString().slice(0, 10) ?? null,
    verifiedBy: r.verifiedBy,
  });
  return db.$transaction(async (tx) => {
    const before = await tx.vettingRecord.findUnique({
      where: { eventId_userId: { eventId: params.eventId, userId: input.userId } },
      select: { check: true, checkedOn: true, expiresOn: true, trainingOn: true, verifiedBy: true },
    });
    const row = await tx.vettingRecord.upsert({
      where: { eventId_userId: { eventId: params.eventId, userId: input.userId } },
      create: { ...data, eventId: params.eventId, userId: input.userId },
      update: data,
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "vetting.record",
      entityType: "VettingRecord",
      entityId: row.id,
      data: { userId: input.userId, before: before ? summary(before) : null, after: summary(data) },
    });
    return row;
  });
}

/** Sets the event's ratio (one vetted adult for every `youngPeoplePerVettedAdult` under-18s; null: none). Audited. */
export async function setRatio(
  db: Db,
  params: { eventId: string; actorId: string; youngPeoplePerVettedAdult: number | null },
) {
  return db.$transaction(async (tx) => {
    await tx.event.update({
      where: { id: params.eventId },
      data: { youngPeoplePerVettedAdult: params.youngPeoplePerVettedAdult },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "event.ratio",
      entityType: "Event",
      entityId: params.eventId,
      data: { youngPeoplePerVettedAdult: params.youngPeoplePerVettedAdult },
    });
    return { youngPeoplePerVettedAdult: params.youngPeoplePerVettedAdult };
  });
}

/** Whether `userId` works at `centreId` (a mentor or lead placed there). */
async function worksAt(db: Db, params: { eventId: string; centreId: string; userId: string }) {
  const role = await db.eventRole.findFirst({
    where: {
      eventId: params.eventId,
      userId: params.userId,
      centreId: params.centreId,
      role: { in: ["MENTOR", "CENTRE_LEAD"] },
    },
    select: { id: true },
  });
  return role !== null;
}

/**
 * An adult who works at a centre (mentor or lead there) signs in on site, counted for the ratio until
 * they sign out. `actorId` is who pressed the button: the adult, or a lead/organiser for them
 * (`mayActForOthers`). Refused (CONFLICT) when they are signed in at a centre already; NOT_FOUND when
 * they do not work at this one. Returns `{ id, checkedInAt }`.
 */
export async function staffSignIn(
  db: Db,
  params: { eventId: string; centreId: string; userId: string; actorId: string; now: Date },
) {
  if (!(await worksAt(db, params))) {
    throw new DomainError("NOT_FOUND", refuse("notPlacedAtCentre"));
  }
  const signIn = db.$transaction(async (tx) => {
    const open = await tx.staffVisit.findFirst({
      where: { eventId: params.eventId, userId: params.userId, checkedOutAt: null },
      select: { centre: { select: { name: true } } },
    });
    if (open) throw new DomainError("CONFLICT", refuse("alreadySignedInAt", { centre: open.centre.name }));
    const visit = await tx.staffVisit.create({
      data: {
        eventId: params.eventId,
        centreId: params.centreId,
        userId: params.userId,
        checkedInAt: params.now,
        checkedInById: params.actorId,
      },
      select: { id: true, checkedInAt: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "staff.sign-in",
      entityType: "StaffVisit",
      entityId: visit.id,
      data: { userId: params.userId, centreId: params.centreId },
    });
    return visit;
  });
  // Two sign-ins at once: the partial unique index (one visit under way per adult) keeps one.
  return signIn.catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", refuse("alreadySignedIn"));
    throw error;
  });
}

/** Signs an adult out of the centre where they are signed in (NOT_FOUND when they are not). Audited. */
export async function staffSignOut(
  db: Db,
  params: { eventId: string; centreId: string; userId: string; actorId: string; now: Date },
) {
  return db.$transaction(async (tx) => {
    const closed = await tx.staffVisit.updateManyAndReturn({
      where: {
        eventId: params.eventId,
        centreId: params.centreId,
        userId: params.userId,
        checkedOutAt: null,
      },
      data: { checkedOutAt: params.now },
      select: { id: true },
    });
    const visit = closed[0];
    if (!visit) throw new DomainError("NOT_FOUND", refuse("notSignedInHere"));
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "staff.sign-out",
      entityType: "StaffVisit",
      entityId: visit.id,
      data: { userId: params.userId, centreId: params.centreId },
    });
    return { id: visit.id };
  });
}
