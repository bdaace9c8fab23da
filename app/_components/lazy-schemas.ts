import { lazyModule } from "~/app/_components/lazy-module";

// One loader per schema module, so every form that validates with it shares one download (see
// lazyModule): a form starts it on first focus and awaits it on submit.

/** Registration's schemas (server/registrations/schema). */
export const registrationSchemas = lazyModule(() => import("~/server/registrations/schema"));
/** The waiting list's schemas (server/waiting-list/schema). */
export const waitingListSchemas = lazyModule(() => import("~/server/waiting-list/schema"));
/** Teams' schemas (server/teams/schema): the team page and the team finder. */
export const teamSchemas = lazyModule(() => import("~/server/teams/schema"));
/** Submissions' schemas (server/submissions/schema). */
export const submissionSchemas = lazyModule(() => import("~/server/submissions/schema"));
/** Announcements' schemas (server/announcements/schema): the form and the list's edit dialog. */
export const announcementSchemas = lazyModule(() => import("~/server/announcements/schema"));
