import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { ImportForm, type ImportFormWords } from "./import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ImportProjects");
  return { title: t("title") };
}

/** The form's plain messages; the rest are raw templates it fills in. */
const WORDS = [
  "checked",
  "tooLarge",
  "importedDone",
  "chooseHeading",
  "fileLabel",
  "fileHint",
  "columnsHeading",
  "columnsIntro",
  "noColumn",
  "checking",
  "checkAgain",
  "rowsHeading",
  "noTitle",
  "importing",
  "nothingToImport",
] as const;

const TEMPLATES = [
  "imported",
  "importedSkippedOne",
  "importedSkippedMany",
  "optional",
  "counts",
  "line",
  "importOne",
  "importMany",
] as const;

type Props = { params: Promise<{ eventId: string }> };

/**
 * An event's organisers import projects from a Devpost export (imports.previewDevpost, then
 * imports.importDevpost): the projects only, never the people in the file.
 */
export default async function ImportProjectsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/submissions/import`);
  const caller = await serverCaller();
  const [event, t] = await Promise.all([
    orForbidden(caller.events.byIdForManagement({ eventId })),
    getTranslations("ImportProjects"),
  ]);
  if (!event) {
    return <Refused title={t("refusedTitle")}>{t("refused")}</Refused>;
  }
  const words: ImportFormWords = {
    ...labelsOf((key) => t(key), WORDS),
    ...labelsOf((key) => t.raw(key) as string, TEMPLATES),
    action: {
      create: t("action.create"),
      update: t("action.update"),
      unchanged: t("action.unchanged"),
      error: t("action.error"),
    },
  };
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}/submissions`} className={linkClass}>
            {t("back", { event: event.name })}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <ImportForm eventId={event.id} words={words} />
    </div>
  );
}
