"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/** True while someone is typing or choosing in a form, or a dialog is open: no refresh then. */
function busy(): boolean {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) return true;
  if (active instanceof HTMLSelectElement) return true;
  return document.querySelector("dialog[open], [role='dialog'], [role='alertdialog']") !== null;
}

/**
 * What the line says (the "AutoRefresh" messages), worded by the server page: `live` and `paused` already
 * name the interval and when the page was rendered (in the event's zone), so the line always says how
 * fresh the page is.
 */
export interface AutoRefreshWords {
  live: string;
  paused: string;
  pause: string;
  resume: string;
}

/**
 * Keeps a server-rendered page live: re-renders it every `seconds` while the tab is visible and nobody
 * is typing or has a dialog open, with a pause button.
 */
export function AutoRefresh({ seconds, words }: { seconds: number; words: AutoRefreshWords }) {
  const router = useRouter();
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible" && !busy()) router.refresh();
    }, seconds * 1000);
    return () => window.clearInterval(timer);
  }, [paused, router, seconds]);
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
      <span>{paused ? words.paused : words.live}</span>
      <button
        type="button"
        onClick={() => setPaused((p) => !p)}
        aria-pressed={paused}
        className="rounded border border-slate-300 bg-white px-2 py-0.5 text-slate-900 hover:bg-slate-100"
      >
        {paused ? words.resume : words.pause}
      </button>
    </p>
  );
}
