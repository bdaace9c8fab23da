import { areaSupply, eventSupply, eventSupplyCsv } from "../supply/queries.ts";
import { areaInput } from "../supply/schema.ts";
import { eventRoleProcedure, publicProcedure, router } from "../trpc.ts";

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const supplyRouter = router({
  /**
   * Anyone: a postcode area's need against supply across the events that are not drafts, at area level
   * only, small counts suppressed (server/supply/queries.ts areaSupply). An unknown area has no events.
   */
  area: publicProcedure.input(areaInput).query(({ ctx, input }) => areaSupply(ctx.db, { area: input.area })),
  /** Organisers: one event's need against supply per centre, small counts still suppressed. */
  event: organiserProcedure.query(({ ctx }) => eventSupply(ctx.db, { event: ctx.event })),
  /** Organisers: the same as a CSV file ({ filename, csv }: docs/exports.md). */
  exportCsv: organiserProcedure.query(({ ctx }) => eventSupplyCsv(ctx.db, { event: ctx.event })),
});
