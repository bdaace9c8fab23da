"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormProblem, type AttemptOptions } from "~/app/_components/form-errors";

/**
 * A change that the server-rendered page shows once it is made: `run` sends it (once at a time), then
 * refreshes the server-rendered page and says what was done. `reset` clears both when a dialog opens.
 */
export function usePageAction() {
  const router = useRouter();
  const { problem, setProblem, attempt, pending } = useFormProblem();
  const [done, setDone] = useState<string | null>(null);
  async function run(action: () => Promise<unknown>, message: string, options?: AttemptOptions) {
    setDone(null);
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
