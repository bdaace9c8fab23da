// Procedures that do (almost) nothing, on purpose: the load benchmark (bench/load/, docs/performance.md)
// measures what the framework alone costs — routing, the procedure ladder, superjson, and for a signed-in
// mutation the session lookup and the same-site check — so every real procedure can be reported as a share
// of that ceiling.
import { z } from "zod";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";

/** What `system.echo` takes and returns: a short message and an optional whole number. */
export const echoInput = z.object({
  message: z.string().max(200, "Use at most 200 characters"),
  n: z.number().int().optional(),
});

export const systemRouter = router({
  /** `{ ok: true }` for anyone, without touching the database: the ceiling for a tRPC query. */
  ping: publicProcedure.query(() => ({ ok: true as const })),

  /**
   * Returns its input (`{ message, n? }`) unchanged and writes nothing, for anyone signed in: the ceiling
   * for a tRPC mutation (session lookup and same-site check included).
   */
  echo: protectedProcedure.input(echoInput).mutation(({ input }) => input),
});
