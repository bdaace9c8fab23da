import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { AnnouncementFormWords } from "./announcement-form";
import type { AnnouncementListWords } from "./announcement-list";
import type { LiveOverviewWords } from "./live-overview";

const OVERVIEW = [
  "noneYet",
  "lastUpdated",
  "registrations",
  "registrationsWithdrawn",
  "byStatus",
  "byCentre",
  "byAgeBand",
  "byExperience",
  "teams",
  "teamsComplete",
  "completeOne",
  "completeOther",
  "lookingOne",
  "lookingOther",
  "teamsByCentre",
  "projects",
  "projectsByStatus",
  "projectsByChallenge",
  "challengesWaitingOne",
  "challengesWaitingOther",
  "reviewChallenges",
] as const;

/** The live overview's words (the "EventDashboard" messages), raw: the browser fills in the counts. */
export function liveOverviewWords(
  t: Awaited<ReturnType<typeof getTranslations<"EventDashboard">>>,
): LiveOverviewWords {
  return labelsOf((key) => t.raw(key) as string, OVERVIEW);
}

const FORM_PLAIN = ["heading", "intro", "title", "message", "posting", "post"] as const;
const FORM_TEMPLATES = ["sentOne", "sentOther"] as const;

/** The announcement form's words (the "PostAnnouncement" messages). */
export function announcementFormWords(
  t: Awaited<ReturnType<typeof getTranslations<"PostAnnouncement">>>,
): AnnouncementFormWords {
  return {
    ...labelsOf((key) => t(key), FORM_PLAIN),
    ...labelsOf((key) => t.raw(key) as string, FORM_TEMPLATES),
  };
}

const LIST_PLAIN = [
  "none",
  "delete",
  "deleteBody",
  "deleting",
  "edit",
  "correctionIntro",
  "title",
  "message",
  "saving",
  "saveCorrection",
  "cancel",
] as const;
const LIST_TEMPLATES = ["posted", "postedEdited", "which", "deleteTitle", "deleted", "corrected"] as const;

/** The posted announcements' words (the "PostedAnnouncements" messages). */
export function announcementListWords(
  t: Awaited<ReturnType<typeof getTranslations<"PostedAnnouncements">>>,
): AnnouncementListWords {
  return {
    ...labelsOf((key) => t(key), LIST_PLAIN),
    ...labelsOf((key) => t.raw(key) as string, LIST_TEMPLATES),
  };
}
