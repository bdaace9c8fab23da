"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useFormProblem, type AttemptOptions } from "~/app/_components/form-errors";
import { useHandOver, type HandedOverNotice } from "~/app/_components/handover-notice";

/**
 * A change that the server-rendered page shows once it is made: `run` sends it (once at a time), then
 * refreshes the server-rendered page and says what was done. `reset` clears both when a dialog opens.
 *
 * The refresh often removes the very part of the page that made the change (an accepted offer's card,
 * a dialog, a row that moves to another list). When that happens the message is handed to the page's
 * notices (HandoverNotices in the root layout) instead of vanishing unread.
 */
export function usePageAction() {
  const router = useRouter();
  const handOver = useHandOver();
  const { problem, setProblem, attempt, pending } = useFormProblem();
  const [done, setDoneState] = useState<string | null>(null);
  // What would be handed over on unmount: always the message shown, however it was set or cleared.
  const last = useRef<HandedOverNotice | null>(null);
  const setDone = useCallback((message: string | null) => {
    setDoneState(message);
    last.current = message === null ? null : { message, path: window.location.pathname };
  }, []);
  useEffect(
    () => () => {
      if (last.current) handOver(last.current);
    },
    [handOver],
  );
  async function run(action: () => Promise<unknown>, message: string, options?: AttemptOptions) {
    setDone(null);
    handOver(null);
    const ok = await attempt(action, options);
    if (ok) {
      setDone(message);
      router.refresh();
    }
    return ok;
  }
  const reset = (open: boolean) => {
    if (open) {
      setProblem(null);
      setDone(null);
    }
  };
  return { problem, setProblem, pending, done, setDone, run, reset };
}
