import { router } from "../trpc.ts";
import { eventsRouter } from "./events.ts";

export const appRouter = router({
  events: eventsRouter,
});

export type AppRouter = typeof appRouter;
