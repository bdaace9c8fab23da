import { saveShowSettings, setRunningOrder, stepShow } from "../finals/commands.ts";
import { showWatchers } from "../finals/live.ts";
import { finalsForOrganisers, liveShow, presenterShow } from "../finals/queries.ts";
import { finalsSettingsFields, runningOrderInput, showStepInput } from "../finals/schema.ts";
import { eventRoleProcedure, publicEventProcedure, router } from "../trpc.ts";

// The finals show: organisers set the running order and the stream, the presenter steps through it on a
// projector, and everyone follows it on the event's public finals page (live, app/[locale]/events/[slug]/finals).
// The domain is in server/finals.
const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

/** After a change: this instance's followers see it at once (other instances' within a second). */
function followersLook<T>(eventId: string, result: T): T {
  showWatchers().poke(eventId);
  return result;
}

export const finalsRouter = router({
  /** The public view of the show (null: no running order yet) and the event's id, for its live feed. */
  forEvent: publicEventProcedure.query(async ({ ctx }) => ({
    eventId: ctx.event.id,
    show: await liveShow(ctx.db, { eventId: ctx.event.id, now: await ctx.now() }),
  })),
  /** Settings, state, running order, the projects that could join it and the finals rounds' entries. */
  forOrganisers: organiserProcedure.query(({ ctx }) =>
    finalsForOrganisers(ctx.db, { eventId: ctx.event.id }),
  ),
  /** The projector view: the live show and the project page of the entry on stage. */
  presenter: organiserProcedure.query(async ({ ctx }) =>
    presenterShow(ctx.db, { eventId: ctx.event.id, now: await ctx.now() }),
  ),
  /** Saves the show's title, presenting minutes and live stream address. */
  saveSettings: organiserProcedure.input(finalsSettingsFields).mutation(async ({ ctx, input }) =>
    followersLook(
      ctx.event.id,
      await saveShowSettings(ctx.db, {
        eventId: ctx.event.id,
        actorId: ctx.user.id,
        title: input.title,
        minutesPerEntry: input.minutesPerEntry,
        streamUrl: input.streamUrl,
      }),
    ),
  ),
  /** Replaces the running order. */
  setOrder: organiserProcedure.input(runningOrderInput).mutation(async ({ ctx, input }) =>
    followersLook(
      ctx.event.id,
      await setRunningOrder(ctx.db, {
        eventId: ctx.event.id,
        actorId: ctx.user.id,
        submissionIds: input.submissionIds,
      }),
    ),
  ),
  /** One presenter step (start, next, previous, go to, pause, resume, restart the timer, end). */
  step: organiserProcedure.input(showStepInput).mutation(async ({ ctx, input }) =>
    followersLook(
      ctx.event.id,
      await stepShow(ctx.db, {
        eventId: ctx.event.id,
        actorId: ctx.user.id,
        version: input.version,
        step: input.step,
        now: await ctx.now(),
      }),
    ),
  ),
});
