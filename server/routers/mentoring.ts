import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import {
  decideOffer,
  offerToMentor,
  recordVetting,
  setRatio,
  staffSignIn,
  staffSignOut,
  withdrawOffer,
} from "../mentoring/commands.ts";
import { dayInZone, eventDays } from "../mentoring/days.ts";
import {
  matchBoard,
  mentorsTeams,
  proposeDay,
  publishDay,
  setMatch,
  teamsMentors,
} from "../mentoring/match-commands.ts";
import {
  boardScope,
  mentoringEventOf,
  mentorsOf,
  offerFormOf,
  onSite,
  staffPlacesOf,
} from "../mentoring/queries.ts";
import {
  decideOfferInput,
  offerInput,
  recordVettingInput,
  setMatchInput,
  setRatioInput,
  staffVisitInput,
} from "../mentoring/schema.ts";
import {
  centreDayProcedure,
  centreLeadProcedure,
  eventProcedure,
  eventRoleProcedure,
  router,
  teamMemberProcedure,
} from "../trpc.ts";
import { centresInView } from "../events/queries.ts";

/** This module's refusals ("RouterErrors"). */
const refuse = refusals("RouterErrors");

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);
/** Vetting is recorded by the organisers and the event's safeguarding leads. */
const vettingProcedure = eventRoleProcedure(["ORGANISER", "SAFEGUARDING_LEAD"]);
const mentorProcedure = eventRoleProcedure(["MENTOR"]);

const seesEveryCentre = (viewer: { isPlatformAdmin: boolean; eventRoles: readonly string[] }) =>
  viewer.isPlatformAdmin ||
  viewer.eventRoles.includes("ORGANISER") ||
  viewer.eventRoles.includes("SAFEGUARDING_LEAD");

/** The caller's centre among those they see, or NOT_FOUND. */
function centreInView(centres: readonly { id: string; name: string }[], centreId: string) {
  const centre = centres.find((c) => c.id === centreId);
  if (!centre) throw new DomainError("NOT_FOUND", refuse("centreNotFound"));
  return centre;
}

/** "Today" in the event's zone, from the rule clock. */
async function todayOf(ctx: { now: () => Promise<Date> }, event: { timeZone: string }) {
  return dayInZone(await ctx.now(), event.timeZone);
}

export const mentoringRouter = router({
  /** The offer form for the signed-in caller: the event's days and centres, and their own offer. */
  offerForm: eventProcedure.query(async ({ ctx }) => {
    const event = await mentoringEventOf(ctx.db, ctx.event.id);
    return {
      ...(await offerFormOf(ctx.db, { event, userId: ctx.user.id })),
      event: { name: event.name, slug: event.slug },
    };
  }),

  /** Anyone signed in (an adult; not a profile a guardian keeps) offers to mentor, or updates their offer. */
  offer: eventProcedure.input(offerInput).mutation(async ({ ctx, input }) => {
    const { eventId: _eventId, ...offer } = input;
    return offerToMentor(ctx.db, {
      event: await mentoringEventOf(ctx.db, ctx.event.id),
      userId: ctx.user.id,
      isManagedProfile: ctx.user.guardian !== undefined,
      input: offer,
    });
  }),

  /** The volunteer withdraws their offer (ending their mentor role and matches from today). */
  withdrawOffer: eventProcedure.mutation(async ({ ctx }) =>
    withdrawOffer(ctx.db, {
      eventId: ctx.event.id,
      userId: ctx.user.id,
      today: await todayOf(ctx, ctx.event),
    }),
  ),

  /**
   * Offers and the adults working at the centres, with vetting and its flags: organisers and safeguarding
   * leads see every centre, centre leads their own (read only); anyone else is refused.
   */
  people: eventProcedure.query(async ({ ctx }) => {
    const all = seesEveryCentre(ctx.viewer);
    if (!all && !ctx.viewer.eventRoles.includes("CENTRE_LEAD")) {
      throw new DomainError("FORBIDDEN", refuse("mentoringPeopleStaffOnly"));
    }
    const event = await mentoringEventOf(ctx.db, ctx.event.id);
    const days = eventDays(event);
    const today = await todayOf(ctx, event);
    const centres = await centresInView(ctx.db, { eventId: event.id, userId: ctx.user.id, allCentres: all });
    return {
      event: {
        name: event.name,
        slug: event.slug,
        youngPeoplePerVettedAdult: event.youngPeoplePerVettedAdult,
      },
      days,
      today,
      centres: centres.map((c) => ({ id: c.id, name: c.name })),
      people: await mentorsOf(ctx.db, {
        eventId: event.id,
        centreIds: all ? null : centres.map((c) => c.id),
        today,
        lastDay: days.at(-1) ?? today,
      }),
      canDecide: ctx.viewer.isPlatformAdmin || ctx.viewer.eventRoles.includes("ORGANISER"),
      canVet: all,
    };
  }),

  /** Organisers accept an offer (placing the mentor at a centre) or decline it. */
  decideOffer: organiserProcedure.input(decideOfferInput).mutation(async ({ ctx, input }) =>
    decideOffer(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      offerId: input.offerId,
      decision: input.decision,
      centreId: input.centreId,
      today: await todayOf(ctx, ctx.event),
      now: await ctx.now(),
    }),
  ),

  /** Organisers and safeguarding leads record the vetting they saw for an adult working at the event. */
  recordVetting: vettingProcedure.input(recordVettingInput).mutation(async ({ ctx, input }) => {
    const { eventId: _eventId, ...record } = input;
    return recordVetting(ctx.db, { eventId: ctx.event.id, actorId: ctx.user.id, input: record });
  }),

  /** Organisers set the ratio of vetted adults to young people on site (or remove it). */
  setRatio: organiserProcedure.input(setRatioInput).mutation(async ({ ctx, input }) =>
    setRatio(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      youngPeoplePerVettedAdult: input.youngPeoplePerVettedAdult,
    }),
  ),

  /** Who is on site at the caller's centres (organisers: every centre) and each centre's ratio check. */
  onSite: centreLeadProcedure.query(async ({ ctx }) => {
    const event = await mentoringEventOf(ctx.db, ctx.event.id);
    const today = await todayOf(ctx, event);
    const states = await onSite(ctx.db, { event, centreIds: ctx.centres.map((c) => c.id), today });
    return states.map((s) => ({ ...s, centre: centreInView(ctx.centres, s.centreId).name }));
  }),

  /**
   * An adult working at a centre signs in on site (`userId` omitted), or its lead (or an organiser) signs
   * someone in who works there.
   */
  signIn: eventProcedure.input(staffVisitInput).mutation(async ({ ctx, input }) =>
    staffSignIn(ctx.db, {
      eventId: ctx.event.id,
      centreId: input.centreId,
      userId: await staffTarget(ctx, input),
      actorId: ctx.user.id,
      now: await ctx.now(),
    }),
  ),

  /** Signs an adult out (themselves, or someone at the lead's centre). */
  signOut: eventProcedure.input(staffVisitInput).mutation(async ({ ctx, input }) =>
    staffSignOut(ctx.db, {
      eventId: ctx.event.id,
      centreId: input.centreId,
      userId: await staffTarget(ctx, input),
      actorId: ctx.user.id,
      now: await ctx.now(),
    }),
  ),

  /** The matching board of one of the caller's centres on one of the event's days. */
  board: centreDayProcedure.query(async ({ ctx, input }) => {
    const event = await mentoringEventOf(ctx.db, ctx.event.id);
    return {
      ...(await matchBoard(ctx.db, { event, centreId: ctx.centre.id, day: input.day })),
      centre: ctx.centre,
      event: { name: event.name },
    };
  }),

  /** Proposes the day's matches at a centre (drafts, replacing that day's). */
  propose: centreDayProcedure.mutation(async ({ ctx, input }) =>
    proposeDay(ctx.db, {
      ...(await boardScope(ctx, input.day)),
    }),
  ),

  /** Sets or clears one team's mentor for the day. */
  setMatch: centreDayProcedure.input(setMatchInput).mutation(async ({ ctx, input }) =>
    setMatch(ctx.db, {
      ...(await boardScope(ctx, input.day)),
      teamId: input.teamId,
      mentorId: input.mentorId,
      now: await ctx.now(),
    }),
  ),

  /** Publishes the day's matches at a centre: mentors see their teams, teams their mentor. */
  publish: centreDayProcedure.mutation(async ({ ctx, input }) =>
    publishDay(ctx.db, {
      ...(await boardScope(ctx, input.day)),
      now: await ctx.now(),
    }),
  ),

  /** A mentor's teams (published matches) by day, and the centres where they sign in. */
  myTeams: mentorProcedure.query(async ({ ctx }) => {
    const event = await mentoringEventOf(ctx.db, ctx.event.id);
    const [teams, places] = await Promise.all([
      mentorsTeams(ctx.db, { event, mentorId: ctx.user.id }),
      staffPlacesOf(ctx.db, { eventId: event.id, userId: ctx.user.id }),
    ]);
    return { event: { name: event.name, slug: event.slug, timeZone: event.timeZone }, teams, places };
  }),

  /** A team's mentors by day (published; first names only). */
  teamMentors: teamMemberProcedure.query(async ({ ctx }) => teamsMentors(ctx.db, { teamId: ctx.team.id })),
});

/**
 * Whom a sign-in or sign-out is for: the caller, or (`userId` given) someone else — which only the
 * centre's lead or an organiser (or platform administrator) may do.
 */
async function staffTarget(
  ctx: {
    db: Parameters<typeof centresInView>[0];
    user: { id: string };
    event: { id: string };
    viewer: { isPlatformAdmin: boolean; eventRoles: readonly string[] };
  },
  input: { centreId: string; userId?: string | undefined },
): Promise<string> {
  if (input.userId === undefined || input.userId === ctx.user.id) return ctx.user.id;
  const all = ctx.viewer.isPlatformAdmin || ctx.viewer.eventRoles.includes("ORGANISER");
  const centres = await centresInView(ctx.db, {
    eventId: ctx.event.id,
    userId: ctx.user.id,
    allCentres: all,
  });
  if (!centres.some((c) => c.id === input.centreId)) {
    throw new DomainError("FORBIDDEN", refuse("signInOutLeadsOnly"));
  }
  return input.userId;
}
