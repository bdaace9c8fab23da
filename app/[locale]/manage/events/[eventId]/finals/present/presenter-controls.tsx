"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { ActionProblem } from "~/app/_components/error-summary";
import { useFormProblem } from "~/app/_components/form-errors";
import { FinalsClock, useLiveShow, type FinalsClockLabels } from "~/app/_components/finals-live";
import type { ShowStepInput } from "~/server/finals/schema";
import type { RouterOutputs } from "~/app/trpc/types";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";

const controlClass =
  "rounded-lg border border-slate-500 bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:opacity-50";
const mainControlClass =
  "rounded-lg bg-white px-5 py-2 font-semibold text-slate-950 hover:bg-slate-200 disabled:cursor-not-allowed disabled:opacity-50";

/**
 * What the controls say (the "PresenterView" messages), read by the page; `byTeam` is a raw template
 * (`{title}`, `{team}`).
 */
export interface PresenterControlsWords {
  back: string;
  controls: string;
  previous: string;
  next: string;
  finish: string;
  pause: string;
  resume: string;
  restart: string;
  end: string;
  runAgain: string;
  start: string;
  dismiss: string;
  upNext: string;
  firstUp: string;
  byTeam: string;
  keys: string;
  clock: FinalsClockLabels;
}

/**
 * The presenter's controls around the stage (`children`, rendered on the server): Start / Previous /
 * Next, pause, restart the clock, end; the same on the keyboard (→ or Page Down: next, ← or Page Up:
 * previous, P: pause or resume, R: restart the clock, F: full screen), which presentation clickers send.
 * Follows the live show: when it moves on (here, or a second presenter elsewhere) the page is rendered
 * again.
 */
export function PresenterControls({
  eventId,
  slug,
  initial,
  manageHref,
  words,
  children,
}: {
  eventId: string;
  slug: string;
  initial: NonNullable<RouterOutputs["finals"]["presenter"]>;
  manageHref: string;
  words: PresenterControlsWords;
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const step = useMutation(trpc.finals.step.mutationOptions());
  const { problem, setProblem, attempt, pending } = useFormProblem();
  const { show: live, clockOffset } = useLiveShow(slug, initial);
  const show = live ?? initial;
  const version = show.version;
  useEffect(() => {
    if (version !== initial.version) router.refresh();
  }, [version, initial.version, router]);

  const live_ = show.phase === "LIVE";
  const take = (kind: ShowStepInput["step"]["kind"]) => {
    if (kind === "goTo") return;
    void attempt(async () => {
      await step.mutateAsync({ eventId, version, step: { kind } });
      router.refresh();
    }).then((ok) => {
      // The show had moved on (a second presenter): show where it is now.
      if (!ok) router.refresh();
    });
  };
  // Set up again on every render, so a key always acts on the show as it is now.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        target?.closest("input, textarea, select, [contenteditable]") ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey
      )
        return;
      const key = event.key;
      if (key === "ArrowRight" || key === "PageDown") take(live_ ? "next" : "start");
      else if ((key === "ArrowLeft" || key === "PageUp") && live_) take("previous");
      else if ((key === "p" || key === "P") && live_) take(show.timer.running ? "pause" : "resume");
      else if ((key === "r" || key === "R") && live_) take("restartTimer");
      else if (key === "f" || key === "F")
        void document.documentElement.requestFullscreen?.().catch(() => {});
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-700 pb-4">
        <p className="flex items-center gap-3">
          <Link href={manageHref} className="text-slate-300 underline underline-offset-2 hover:text-white">
            {words.back}
          </Link>
          <span className="text-slate-400">{show.title}</span>
        </p>
        {live_ ? (
          <FinalsClock
            show={show}
            clockOffset={clockOffset}
            className="text-5xl font-bold"
            labels={words.clock}
          />
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2" role="group" aria-label={words.controls}>
        {live_ ? (
          <>
            <button
              type="button"
              className={controlClass}
              disabled={pending}
              onClick={() => take("previous")}
            >
              {words.previous}
            </button>
            <button
              type="button"
              className={mainControlClass}
              disabled={pending}
              onClick={() => take("next")}
            >
              {show.upNext ? words.next : words.finish}
            </button>
            <button
              type="button"
              className={controlClass}
              disabled={pending}
              onClick={() => take(show.timer.running ? "pause" : "resume")}
            >
              {show.timer.running ? words.pause : words.resume}
            </button>
            <button
              type="button"
              className={controlClass}
              disabled={pending}
              onClick={() => take("restartTimer")}
            >
              {words.restart}
            </button>
            <button type="button" className={controlClass} disabled={pending} onClick={() => take("end")}>
              {words.end}
            </button>
          </>
        ) : (
          <button type="button" className={mainControlClass} disabled={pending} onClick={() => take("start")}>
            {show.phase === "ENDED" ? words.runAgain : words.start}
          </button>
        )}
      </div>
      {problem ? (
        <div className="rounded-lg bg-white p-3 text-slate-900">
          <ActionProblem problem={problem} />
          <button type="button" className="mt-1 text-sm underline" onClick={() => setProblem(null)}>
            {words.dismiss}
          </button>
        </div>
      ) : null}
      {children}
      {show.upNext ? (
        <p className="border-t border-slate-700 pt-4 text-xl text-slate-300" data-testid="presenter-up-next">
          <span className="font-semibold text-white">{live_ ? words.upNext : words.firstUp}:</span>{" "}
          {fillTemplate(words.byTeam, { title: show.upNext.title, team: show.upNext.teamName })}
        </p>
      ) : null}
      <p className="text-sm text-slate-400">{words.keys}</p>
    </>
  );
}
