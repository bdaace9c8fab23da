import { router } from "../trpc.ts";
import { devRouter } from "./dev.ts";
import { eventsRouter } from "./events.ts";

export const appRouter = router({
  dev: devRouter,
  events: eventsRouter,
});

export type AppRouter = typeof appRouter;
