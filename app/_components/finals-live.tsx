"use client";

import { useEffect, useState } from "react";
import type { RouterOutputs } from "~/app/trpc/types";
import { formatClock, timerAt } from "~/server/finals/rules";

/** The live show as finals.forEvent and the live feed send it (null: no running order yet). */
export type LiveShow = NonNullable<RouterOutputs["finals"]["forEvent"]["show"]>;

/**
 * The live show of the event `slug`: `initial` (from the page), then every change the server sends on
 * /events/<slug>/finals/live (server-sent events; the browser reconnects by itself after a drop).
 * `connected` is false while it is reconnecting.
 */
export function useLiveShow(slug: string, initial: LiveShow | null) {
  const [show, setShow] = useState(initial);
  const [connected, setConnected] = useState(true);
  // How far this browser's clock is behind the server's (ms), from the latest message; the page's own
  // copy may come from the page cache, so its serverNow is not trusted for this.
  const [clockOffset, setClockOffset] = useState(0);
  useEffect(() => {
    const source = new EventSource(`/events/${encodeURIComponent(slug)}/finals/live`);
    source.addEventListener("show", (message) => {
      const next = JSON.parse((message as MessageEvent<string>).data) as LiveShow | null;
      if (next) setClockOffset(Date.parse(next.serverNow) - Date.now());
      setShow(next);
      setConnected(true);
    });
    source.addEventListener("open", () => setConnected(true));
    source.addEventListener("error", () => setConnected(false));
    return () => source.close();
  }, [slug]);
  return { show, connected, clockOffset };
}

/**
 * Seconds left for the entry on stage at `at` (the browser's clock, already corrected by the offset):
 * the show's timer as the live feed sends it (instants as ISO strings), read by `timerAt`, the rule the
 * server uses. Negative once a team runs over.
 */
export function remainingSecondsAt(show: Pick<LiveShow, "timer" | "minutesPerEntry">, at: Date): number {
  const { timer } = show;
  return timerAt(
    {
      timerStartedAt: timer.startedAt ? new Date(timer.startedAt) : null,
      timerElapsedSeconds: timer.elapsedSeconds,
      minutesPerEntry: show.minutesPerEntry,
    },
    at,
  ).remainingSeconds;
}

/**
 * Seconds left for the entry on stage, ticking: remainingSecondsAt this browser's clock moved by
 * `clockOffset` ms (useLiveShow). Negative once a team runs over.
 */
export function useRemainingSeconds(
  show: Pick<LiveShow, "timer" | "minutesPerEntry">,
  clockOffset: number,
): number {
  const [now, setNow] = useState(() => Date.now());
  const running = show.timer.running;
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [running]);
  return remainingSecondsAt(show, new Date(now + clockOffset));
}

/** What the presenting clock says around its time, in the page's language. */
export interface FinalsClockLabels {
  timeLeft: string;
  overTime: string;
  paused: string;
}

/**
 * The presenting clock: "4:05", red once a team runs over, "paused" when the timer is stopped; `labels`
 * in the page's language (the "Finals" messages on the public page, "PresenterView" on the projector).
 */
export function FinalsClock({
  show,
  clockOffset,
  className,
  labels,
}: {
  show: Pick<LiveShow, "timer" | "minutesPerEntry">;
  clockOffset: number;
  className?: string;
  labels: FinalsClockLabels;
}) {
  const remaining = useRemainingSeconds(show, clockOffset);
  const over = remaining < 0;
  return (
    <span className={className}>
      <span className="sr-only">{labels.timeLeft} </span>
      <span
        data-testid="finals-clock"
        className={`font-mono tabular-nums ${over ? "text-red-600" : ""}`}
        // Read on demand, not announced every second.
        aria-live="off"
      >
        {formatClock(remaining)}
      </span>
      {over ? <span className="ml-2 text-base font-semibold text-red-600">{labels.overTime}</span> : null}
      {show.timer.running ? null : <span className="ml-2 text-base font-medium">{labels.paused}</span>}
    </span>
  );
}
