import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { RunningOrder, type RunningOrderWords } from "./running-order";
import { SettingsForm, type SettingsFormWords } from "./settings-form";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageFinals", "metaTitle");

type Props = { params: Promise<{ eventId: string }> };

/** The settings form's words (the "ManageFinals" messages). */
const SETTINGS = [
  "saved",
  "showTitle",
  "minutes",
  "minutesHint",
  "stream",
  "streamHint",
  "saving",
  "saveSettings",
] as const;

/** The running order's words (the "FinalsRunningOrder" messages). */
const RUNNING_ORDER = [
  "project",
  "heading",
  "help",
  "empty",
  "listLabel",
  "gone",
  "saved",
  "saving",
  "save",
  "notSaved",
  "addProjects",
  "allIn",
  "waitingLabel",
  "add",
  "drag",
  "onStage",
  "moveUp",
  "moveDown",
  "remove",
] as const;
/** Filled in the browser (fillTemplate). */
const RUNNING_ORDER_TEMPLATES = ["moved", "addFinalist", "addFinalists"] as const;

/**
 * The organisers' finals page (finals.forOrganisers): the show's settings, the running order to drag
 * into shape, and the way to the presenter's projector view and the public page that follows it.
 */
export default async function ManageFinalsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/finals`);
  const caller = await serverCaller();
  const [data, t, order] = await Promise.all([
    orForbidden(
      Promise.all([caller.events.byIdForManagement({ eventId }), caller.finals.forOrganisers({ eventId })]),
    ),
    getTranslations("ManageFinals"),
    getTranslations("FinalsRunningOrder"),
  ]);
  if (!data) return <Refused title={t("title")}>{t("refused")}</Refused>;
  const [event, finals] = data;
  const settingsWords: SettingsFormWords = labelsOf((key) => t(key), SETTINGS);
  const orderWords: RunningOrderWords = {
    ...labelsOf((key) => order(key), RUNNING_ORDER),
    ...labelsOf((key) => order.raw(key) as string, RUNNING_ORDER_TEMPLATES),
  };
  const onStage = finals.slots.find((s) => s.id === finals.show.currentSlotId)?.project.id ?? null;
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">
          {t.rich("intro", {
            link: (chunks: ReactNode) => (
              <Link href={`/events/${event.slug}/finals`} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
        <p className="flex flex-wrap items-center gap-3">
          <Link href={`/manage/events/${event.id}/finals/present`} className={buttonClass}>
            {t("openPresenter")}
          </Link>
          <Link href={`/events/${event.slug}/finals`} className={secondaryButtonClass}>
            {t("publicPage")}
          </Link>
          <span className={mutedClass} data-testid="finals-phase">
            {t(`phase.${finals.show.phase}`)}
          </span>
        </p>
      </header>
      <section aria-labelledby="settings-heading" className={`space-y-4 ${cardClass}`}>
        <h2 id="settings-heading" className={sectionTitleClass}>
          {t("settings")}
        </h2>
        <SettingsForm
          eventId={event.id}
          initial={{
            title: finals.show.title,
            minutesPerEntry: finals.show.minutesPerEntry,
            streamUrl: finals.show.streamUrl,
          }}
          words={settingsWords}
        />
      </section>
      <div className={cardClass}>
        <RunningOrder
          key={finals.slots.map((s) => s.project.id).join()}
          eventId={event.id}
          initial={finals.slots.map((s) => s.project.id)}
          candidates={finals.candidates}
          finalsRounds={finals.finalsRounds}
          onStage={onStage}
          words={orderWords}
        />
      </div>
    </div>
  );
}
