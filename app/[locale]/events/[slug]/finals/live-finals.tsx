"use client";

import { cardClass } from "~/app/_components/card";
import { FinalsClock, useLiveShow, type LiveShow } from "~/app/_components/finals-live";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the live part says, in the page's language (the "Finals" messages, read by the page): `notOut`
 * already names the event; `streamTitle`, `with`, `challenge` and `byTeam` are raw templates, filled in
 * here with what the show sends.
 */
export interface LiveFinalsLabels {
  title: string;
  notOut: string;
  following: string;
  reconnecting: string;
  streamTitle: string;
  watch: string;
  nowPresenting: string;
  ended: string;
  startingSoon: string;
  teamMember: string;
  with: string;
  challenge: string;
  thanks: string;
  firstSoon: string;
  upNext: string;
  firstUp: string;
  byTeam: string;
  runningOrder: string;
  onStage: string;
  presented: string;
  timeLeft: string;
  overTime: string;
  paused: string;
}

/**
 * The public finals page's live part: stream, now presenting (with the clock), up next and the running
 * order, as the server sends them. Someone not named on stream pages is "a team member".
 */
export function LiveFinals({
  slug,
  initial,
  labels,
}: {
  slug: string;
  initial: LiveShow | null;
  labels: LiveFinalsLabels;
}) {
  const { show, connected, clockOffset } = useLiveShow(slug, initial);
  const byTeam = (team: string) => fillTemplate(labels.byTeam, { team });
  if (!show) {
    return (
      <>
        <h1 className={pageTitleClass}>{labels.title}</h1>
        <p className="text-lg text-slate-700" data-testid="finals-status">
          {labels.notOut}
        </p>
      </>
    );
  }
  const { onStage, upNext } = show;
  return (
    <>
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className={pageTitleClass}>{show.title}</h1>
        <p className="flex items-center gap-2 text-sm font-medium" aria-live="polite">
          <span
            aria-hidden="true"
            className={`inline-block h-2.5 w-2.5 rounded-full ${connected ? "bg-green-600" : "bg-amber-500"}`}
          />
          {connected ? labels.following : labels.reconnecting}
        </p>
      </header>
      {show.embed ? (
        <div className="aspect-video w-full overflow-hidden rounded-xl bg-slate-900">
          <iframe
            src={show.embed.src}
            title={fillTemplate(labels.streamTitle, { title: show.title, provider: show.embed.provider })}
            className="h-full w-full"
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            loading="lazy"
          />
        </div>
      ) : show.streamLink ? (
        <p>
          <a href={show.streamLink} className={linkClass} rel="noopener noreferrer" target="_blank">
            {labels.watch}
          </a>
        </p>
      ) : null}

      <section aria-labelledby="on-stage-heading" className={`space-y-2 ${cardClass}`} data-testid="on-stage">
        <h2 id="on-stage-heading" className="text-sm font-semibold tracking-wide text-brand-800 uppercase">
          {show.phase === "LIVE"
            ? labels.nowPresenting
            : show.phase === "ENDED"
              ? labels.ended
              : labels.startingSoon}
        </h2>
        {onStage ? (
          <>
            <p className="text-3xl font-bold break-words">{onStage.title}</p>
            {onStage.tagline ? <p className="text-lg text-slate-700">{onStage.tagline}</p> : null}
            <p>
              <span className="font-semibold">{onStage.teamName}</span>
              {onStage.centreName ? <span className={mutedClass}> · {onStage.centreName}</span> : null}
            </p>
            <p className={mutedClass}>
              {fillTemplate(labels.with, {
                names: onStage.credits.map((credit) => credit ?? labels.teamMember).join(", "),
              })}
            </p>
            {onStage.challenges.length > 0 ? (
              <p className={mutedClass}>
                {fillTemplate(labels.challenge, { challenges: onStage.challenges.join(", ") })}
              </p>
            ) : null}
            <p className="text-2xl">
              <FinalsClock show={show} clockOffset={clockOffset} labels={labels} />
            </p>
          </>
        ) : show.phase === "ENDED" ? (
          <p className="text-lg">{labels.thanks}</p>
        ) : (
          <p className="text-lg">{labels.firstSoon}</p>
        )}
        {upNext ? (
          <p className="border-t border-slate-200 pt-2" data-testid="up-next">
            <span className="font-semibold">{onStage ? labels.upNext : labels.firstUp}:</span> {upNext.title}{" "}
            <span className={mutedClass}>{byTeam(upNext.teamName)}</span>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="order-heading" className="space-y-3">
        <h2 id="order-heading" className={sectionTitleClass}>
          {labels.runningOrder}
        </h2>
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {show.order.map((slot) => {
            const current = onStage?.slotId === slot.id;
            return (
              <li
                key={slot.id}
                className={`flex flex-wrap items-baseline gap-3 p-3 ${current ? "bg-brand-50" : ""}`}
                aria-current={current ? "step" : undefined}
              >
                <span className="w-8 text-right font-semibold tabular-nums">{slot.position + 1}.</span>
                <span className="min-w-0 flex-1">
                  <span className="font-medium break-words">{slot.title}</span>{" "}
                  <span className={mutedClass}>{byTeam(slot.teamName)}</span>
                </span>
                <span className="text-sm font-medium">
                  {current ? (
                    <span className="text-brand-800">{labels.onStage}</span>
                  ) : slot.presented ? (
                    <span className="text-slate-600">{labels.presented}</span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
