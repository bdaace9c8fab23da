import { router } from "../trpc.ts";
import { centresRouter } from "./centres.ts";
import { checkinRouter } from "./checkin.ts";
import { concernsRouter } from "./concerns.ts";
import { challengesRouter } from "./challenges.ts";
import { announcementsRouter, dashboardRouter } from "./dashboard.ts";
import { devRouter } from "./dev.ts";
import { eventsRouter } from "./events.ts";
import { groupsRouter } from "./groups.ts";
import { helpRouter } from "./help.ts";
import { judgingRouter } from "./judging.ts";
import { mentoringRouter } from "./mentoring.ts";
import { organisationsRouter } from "./organisations.ts";
import { teamsRouter } from "./teams.ts";
import { usersRouter } from "./users.ts";
import { venuesRouter } from "./venues.ts";
import { registrationsRouter } from "./registrations.ts";
import { retentionRouter } from "./retention.ts";
import { guardiansRouter } from "./guardians.ts";
import { sensitiveRouter } from "./sensitive.ts";
import { startersRouter } from "./starters.ts";
import { templatesRouter } from "./templates.ts";
import { directoryRouter } from "./directory.ts";
import { certificatesRouter } from "./certificates.ts";
import { submissionsRouter } from "./submissions.ts";
import { supplyRouter } from "./supply.ts";
import { systemRouter } from "./system.ts";
import { waitingListRouter } from "./waiting-list.ts";
import { webhooksRouter } from "./webhooks.ts";
import { apiTokensRouter } from "./api-tokens.ts";
import { importsRouter } from "./imports.ts";
import { promptsRouter } from "./prompts.ts";
import { nextRouter } from "./next.ts";
import { finalsRouter } from "./finals.ts";

export const appRouter = router({
  announcements: announcementsRouter,
  centres: centresRouter,
  checkin: checkinRouter,
  concerns: concernsRouter,
  dashboard: dashboardRouter,
  dev: devRouter,
  events: eventsRouter,
  groups: groupsRouter,
  help: helpRouter,
  judging: judgingRouter,
  mentoring: mentoringRouter,
  organisations: organisationsRouter,
  challenges: challengesRouter,
  teams: teamsRouter,
  users: usersRouter,
  venues: venuesRouter,
  registrations: registrationsRouter,
  retention: retentionRouter,
  guardians: guardiansRouter,
  sensitive: sensitiveRouter,
  starters: startersRouter,
  templates: templatesRouter,
  directory: directoryRouter,
  certificates: certificatesRouter,
  submissions: submissionsRouter,
  supply: supplyRouter,
  system: systemRouter,
  waitingList: waitingListRouter,
  webhooks: webhooksRouter,
  apiTokens: apiTokensRouter,
  imports: importsRouter,
  prompts: promptsRouter,
  next: nextRouter,
  finals: finalsRouter,
});

export type AppRouter = typeof appRouter;
