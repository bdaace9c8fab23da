// The finals show: how the presenter's steps move the show along its running order, the presenting
// timer, which live streams are embedded, and who is named on the pages the audience sees. Pure.
import type { EventStart } from "../registrations/age.ts";
import { creditedAsYoungPerson, publicCreditOf, type CreditRegistration } from "../submissions/rules.ts";

/** The most projects one running order holds. */
export const MAX_FINALS_SLOTS = 100;
/** Presenting time per team, in whole minutes. */
export const MIN_MINUTES_PER_ENTRY = 1;
export const MAX_MINUTES_PER_ENTRY = 60;

/** Where the show is: what a step reads and writes. Instants as Dates, durations in seconds. */
export interface ShowState {
  currentSlotId: string | null;
  timerStartedAt: Date | null;
  timerElapsedSeconds: number;
  startedAt: Date | null;
  endedAt: Date | null;
}

/** The presenter's steps. `goTo` names a slot of the running order. */
export type ShowStep =
  | { kind: "start" }
  | { kind: "next" }
  | { kind: "previous" }
  | { kind: "goTo"; slotId: string }
  | { kind: "pause" }
  | { kind: "resume" }
  | { kind: "restartTimer" }
  | { kind: "end" };

export type ShowPhase = "NOT_STARTED" | "LIVE" | "ENDED";

/** NOT_STARTED before the first entry goes on stage, LIVE while one is on stage, ENDED after `end`. */
export function showPhase(state: Pick<ShowState, "currentSlotId" | "endedAt">): ShowPhase {
  if (state.currentSlotId) return "LIVE";
  return state.endedAt ? "ENDED" : "NOT_STARTED";
}

/**
 * Why a step or a running order is refused: a key of the "FinalsErrors" messages, which the commands
 * turn into words (this module is also loaded by the browser, so it does not read the catalogues).
 * "runningOrderTooLong" takes `{max}` (MAX_FINALS_SLOTS).
 */
export type FinalsRefusal =
  | "emptyRunningOrder"
  | "alreadyRunning"
  | "startFirst"
  | "firstProject"
  | "notInRunningOrder"
  | "nobodyOnStage"
  | "alreadyPaused"
  | "timerRunning"
  | "alreadyEnded"
  | "runningOrderTooLong"
  | "projectTwice"
  | "onlySubmittedProjects"
  | "onStageKept";

/** A step that cannot be taken now, with the reason (a FinalsRefusal). */
export type StepOutcome = { ok: true; state: ShowState } | { ok: false; reason: FinalsRefusal };

/** Puts `slotId` on stage with a fresh, running timer. */
function onStage(state: ShowState, slotId: string, now: Date): ShowState {
  return {
    ...state,
    currentSlotId: slotId,
    timerStartedAt: now,
    timerElapsedSeconds: 0,
    startedAt: state.startedAt ?? now,
    endedAt: null,
  };
}

/**
 * The show after `step` at `now`, over the running order `slotIds` (in order). `start` puts the first
 * entry on stage (also to run an ended show again); `next` moves on (after the last entry it ends the
 * show); `previous` goes back one (refused on the first); `goTo` jumps to any entry; `pause`, `resume` and
 * `restartTimer` work the timer of the entry on stage; `end` takes everyone off stage. Every entry that
 * goes on stage gets a fresh timer. Refusals say why (a FinalsRefusal: an empty running order, no entry on
 * stage, …).
 */
export function applyStep(
  state: ShowState,
  step: ShowStep,
  slotIds: readonly string[],
  now: Date,
): StepOutcome {
  const refuse = (reason: FinalsRefusal): StepOutcome => ({ ok: false, reason });
  const index = state.currentSlotId ? slotIds.indexOf(state.currentSlotId) : -1;
  const live = index >= 0;
  switch (step.kind) {
    case "start": {
      const first = slotIds[0];
      if (!first) return refuse("emptyRunningOrder");
      if (live) return refuse("alreadyRunning");
      return { ok: true, state: onStage(state, first, now) };
    }
    case "next": {
      if (!live) return refuse("startFirst");
      const following = slotIds[index + 1];
      if (!following) return { ok: true, state: ended(state, now) };
      return { ok: true, state: onStage(state, following, now) };
    }
    case "previous": {
      if (!live) return refuse("startFirst");
      const before = slotIds[index - 1];
      if (!before) return refuse("firstProject");
      return { ok: true, state: onStage(state, before, now) };
    }
    case "goTo": {
      if (!slotIds.includes(step.slotId)) return refuse("notInRunningOrder");
      return { ok: true, state: onStage(state, step.slotId, now) };
    }
    case "pause": {
      if (!live) return refuse("nobodyOnStage");
      if (!state.timerStartedAt) return refuse("alreadyPaused");
      return {
        ok: true,
        state: {
          ...state,
          timerStartedAt: null,
          timerElapsedSeconds: elapsedSeconds(state, now),
        },
      };
    }
    case "resume": {
      if (!live) return refuse("nobodyOnStage");
      if (state.timerStartedAt) return refuse("timerRunning");
      return { ok: true, state: { ...state, timerStartedAt: now } };
    }
    case "restartTimer": {
      if (!live) return refuse("nobodyOnStage");
      return { ok: true, state: { ...state, timerStartedAt: now, timerElapsedSeconds: 0 } };
    }
    case "end": {
      if (showPhase(state) === "ENDED") return refuse("alreadyEnded");
      return { ok: true, state: ended(state, now) };
    }
  }
}

function ended(state: ShowState, now: Date): ShowState {
  return { ...state, currentSlotId: null, timerStartedAt: null, timerElapsedSeconds: 0, endedAt: now };
}

/** Whole seconds the entry on stage has used at `now` (never negative, whatever the clocks say). */
export function elapsedSeconds(
  timer: Pick<ShowState, "timerStartedAt" | "timerElapsedSeconds">,
  now: Date,
): number {
  const running = timer.timerStartedAt
    ? Math.max(0, Math.floor((now.getTime() - timer.timerStartedAt.getTime()) / 1000))
    : 0;
  return timer.timerElapsedSeconds + running;
}

/**
 * The presenting timer at `now`: `remainingSeconds` counts down from `minutesPerEntry` minutes and goes
 * negative once a team runs over (the presenter shows the overrun).
 */
export function timerAt(
  timer: Pick<ShowState, "timerStartedAt" | "timerElapsedSeconds"> & { minutesPerEntry: number },
  now: Date,
): { totalSeconds: number; remainingSeconds: number; running: boolean } {
  const totalSeconds = timer.minutesPerEntry * 60;
  return {
    totalSeconds,
    remainingSeconds: totalSeconds - elapsedSeconds(timer, now),
    running: timer.timerStartedAt !== null,
  };
}

/** "4:05", "0:00", "−1:30" (an overrun), for `seconds` remaining. */
export function formatClock(seconds: number): string {
  const whole = Math.trunc(seconds);
  const abs = Math.abs(whole);
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, "0")}`;
  return whole < 0 ? `−${text}` : text;
}

/**
 * The running order as submission ids after checking a new one: no repeats, at most MAX_FINALS_SLOTS,
 * every id one of `eligible` (the event's submitted projects), and the project on stage (if any) still
 * in it. `reason` says what is wrong (a FinalsRefusal).
 */
export function checkRunningOrder(
  submissionIds: readonly string[],
  params: { eligible: ReadonlySet<string>; onStage: string | null },
): { ok: true } | { ok: false; reason: FinalsRefusal } {
  if (submissionIds.length > MAX_FINALS_SLOTS) {
    return { ok: false, reason: "runningOrderTooLong" };
  }
  if (new Set(submissionIds).size !== submissionIds.length) {
    return { ok: false, reason: "projectTwice" };
  }
  if (submissionIds.some((id) => !params.eligible.has(id))) {
    return { ok: false, reason: "onlySubmittedProjects" };
  }
  if (params.onStage && !submissionIds.includes(params.onStage)) {
    return { ok: false, reason: "onStageKept" };
  }
  return { ok: true };
}

/** A live stream the pages can embed: the player's address (its privacy-enhanced form) and its provider. */
export interface StreamEmbed {
  provider: "YouTube" | "Vimeo";
  src: string;
}

/** The sites whose players the Content-Security-Policy lets the finals page frame (server/http/csp.mjs). */
export const STREAM_FRAME_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"] as const;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;
const VIMEO_ID = /^\d{3,12}$/;

/**
 * The embeddable player for a stream's watch address, or null when the address is not one we embed (the
 * page then links to it). YouTube (watch?v=, youtu.be/, /live/, /embed/) plays from youtube-nocookie.com,
 * which sets no cookie until someone presses play; Vimeo (vimeo.com/<id>) from player.vimeo.com with
 * do-not-track. Only https addresses.
 */
export function streamEmbed(url: string | null): StreamEmbed | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:") return null;
  const host = parsed.hostname.replace(/^www\.|^m\./, "");
  const segments = parsed.pathname.split("/").filter(Boolean);
  let youtubeId: string | null = null;
  if (host === "youtube.com") {
    if (segments[0] === "watch") youtubeId = parsed.searchParams.get("v");
    else if (segments[0] === "live" || segments[0] === "embed") youtubeId = segments[1] ?? null;
  } else if (host === "youtu.be") {
    youtubeId = segments[0] ?? null;
  }
  if (youtubeId) {
    return YOUTUBE_ID.test(youtubeId)
      ? { provider: "YouTube", src: `https://www.youtube-nocookie.com/embed/${youtubeId}` }
      : null;
  }
  if (host === "vimeo.com" && segments.length === 1 && VIMEO_ID.test(segments[0] ?? "")) {
    return { provider: "Vimeo", src: `https://player.vimeo.com/video/${segments[0]}?dnt=1` };
  }
  return null;
}

/** What streamCreditOf reads of a registration: the consent in force with its photo scope too. */
export interface StreamCreditRegistration extends CreditRegistration {
  consents: readonly { publicCredit: boolean; photo: boolean }[];
}

/**
 * How a person is named on the pages the audience sees (the public "now presenting" page and the
 * presenter's projector, which may be streamed): as on every public page (publicCreditOf), and a young
 * person only when the consent in force also gives photos and video. Null: "a team member".
 */
export function streamCreditOf(
  registration: StreamCreditRegistration | null | undefined,
  person: { name: string | null; alias: string | null },
  event: EventStart & { consentAge: number },
): string | null {
  const credit = publicCreditOf(registration, person, event);
  if (credit === null || !creditedAsYoungPerson(registration, event)) return credit;
  return registration?.consents[0]?.photo === true ? credit : null;
}
