import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EmptyState } from "~/app/_components/empty-state";
import { requireUser } from "~/app/_components/guards";
import { Markdown } from "~/app/_components/markdown";
import { Refused } from "~/app/_components/refused";
import { linkClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { PresenterControls, type PresenterControlsWords } from "./presenter-controls";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("PresenterView", "metaTitle");

/** The controls' words (the "PresenterView" messages); `byTeam` is a raw template (fillTemplate). */
const CONTROLS = [
  "back",
  "controls",
  "previous",
  "next",
  "finish",
  "pause",
  "resume",
  "restart",
  "end",
  "runAgain",
  "start",
  "dismiss",
  "upNext",
  "firstUp",
  "keys",
] as const;
const CLOCK = ["timeLeft", "overTime", "paused"] as const;

type Props = { params: Promise<{ eventId: string }> };

/**
 * The presenter's projector view (finals.presenter): the project on stage as its team wrote it, the
 * clock, what comes next, and the controls (also on the keyboard and a presentation clicker). Names
 * people as the public finals page does, since the projector may be streamed.
 */
export default async function PresenterPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/finals/present`);
  const caller = await serverCaller();
  const [data, t] = await Promise.all([
    orForbidden(
      Promise.all([caller.events.byIdForManagement({ eventId }), caller.finals.presenter({ eventId })]),
    ),
    getTranslations("PresenterView"),
  ]);
  if (!data) return <Refused title={t("title")}>{t("refused")}</Refused>;
  const [event, show] = data;
  if (!show) {
    return (
      <EmptyState title={t("noOrder")}>
        {t.rich("addFinalists", {
          link: (chunks: ReactNode) => (
            <Link href={`/manage/events/${event.id}/finals`} className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </EmptyState>
    );
  }
  const words: PresenterControlsWords = {
    ...labelsOf((key) => t(key), CONTROLS),
    byTeam: t.raw("byTeam") as string,
    clock: labelsOf((key) => t(key), CLOCK),
  };
  const { onStage, page } = show;
  const position = onStage ? show.order.findIndex((s) => s.id === onStage.slotId) + 1 : 0;
  return (
    <div className="-mx-4 -my-6 min-h-[80vh] space-y-6 bg-slate-950 px-6 py-6 text-white sm:-mx-6 lg:px-10">
      <PresenterControls
        eventId={event.id}
        slug={event.slug}
        initial={show}
        manageHref={`/manage/events/${event.id}/finals`}
        words={words}
      >
        {onStage ? (
          <article className="grid gap-8 lg:grid-cols-[3fr_2fr]" aria-labelledby="stage-title">
            <div className="min-w-0 space-y-4">
              <p className="text-lg font-medium text-slate-300">
                {t("position", { position, count: show.order.length })} · {onStage.teamName}
                {onStage.centreName ? ` · ${onStage.centreName}` : ""}
              </p>
              <h1 id="stage-title" className="text-4xl font-bold break-words sm:text-6xl">
                {onStage.title}
              </h1>
              {onStage.tagline ? <p className="text-2xl text-slate-200">{onStage.tagline}</p> : null}
              <p className="text-lg text-slate-300">
                {t("with", { names: onStage.credits.map((c) => c ?? t("teamMember")).join(", ") })}
              </p>
              {onStage.challenges.length > 0 ? (
                <p className="text-lg text-slate-300">
                  {t("challenge", { challenges: onStage.challenges.join(", ") })}
                </p>
              ) : null}
              {page?.technologies.length ? (
                <ul className="flex flex-wrap gap-2" aria-label={t("builtWith")}>
                  {page.technologies.map((t) => (
                    <li key={t} className="rounded-full bg-slate-800 px-3 py-1 text-sm">
                      {t}
                    </li>
                  ))}
                </ul>
              ) : null}
              {page?.description ? (
                <div className="max-h-[40vh] overflow-y-auto rounded-lg bg-white p-4 text-slate-900">
                  <Markdown source={page.description} />
                </div>
              ) : null}
            </div>
            {page?.images[0] ? (
              // eslint-disable-next-line @next/next/no-img-element -- served by our own authorised route
              <img
                src={`/api/images/${page.images[0].id}`}
                alt={page.images[0].alt}
                className="max-h-[60vh] w-full rounded-lg object-contain"
              />
            ) : null}
          </article>
        ) : (
          <div className="space-y-3 py-16 text-center">
            <h1 className="text-5xl font-bold">{show.title}</h1>
            <p className="text-2xl text-slate-300">
              {show.phase === "ENDED" ? t("ended") : t("toPresent", { count: show.order.length })}
            </p>
          </div>
        )}
      </PresenterControls>
    </div>
  );
}
