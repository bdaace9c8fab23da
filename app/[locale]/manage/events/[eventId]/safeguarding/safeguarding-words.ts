import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { RetentionView, RetentionWords } from "./retention-section";

type Translate = Awaited<ReturnType<typeof getTranslations<"SafeguardingRetention">>>;

const PLAIN = [
  "heading",
  "deleteNow",
  "confirmTitle",
  "confirm",
  "deleting",
  "deletedOutcome",
  "daysShort",
  "daysLabel",
  "saving",
  "save",
  "saved",
  "rights",
] as const;

/** What RetentionSection says about `view` (the "SafeguardingRetention" messages, its numbers filled in). */
export function retentionWords(t: Translate, view: RetentionView): RetentionWords {
  const what = t("what");
  const d = view.deletion;
  return {
    ...labelsOf((key) => t(key), PLAIN),
    deleted: d
      ? t("deleted", {
          date: view.deletedAt ?? "",
          trigger: d.trigger === "by hand" ? "hand" : "job",
          datesOfBirth: d.datesOfBirth,
          sensitive: d.sensitiveRecords,
          visits: d.visits,
          collectors: d.collectors,
        })
      : "",
    keptAsCounts: d ? t("keptAsCounts", { registrations: d.registrations, attended: d.attended }) : "",
    deletedAfter: t("deletedAfter", { what, days: view.retentionDays }),
    due: t("due", { date: view.dueAt }),
    confirmBody: t("confirmBody", { what }),
    daysHint: t("daysHint", {
      days: view.retentionDays,
      plain: String(view.retentionDays),
      date: view.dueAt,
    }),
  };
}
