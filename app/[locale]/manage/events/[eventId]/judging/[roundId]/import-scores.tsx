"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { buttonClass } from "~/app/_components/button-styles";
import { ActionProblem } from "~/app/_components/error-summary";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { MAX_SCORES_CSV } from "~/server/judging/schema";

/**
 * Uploads scores judged on paper (`entry,judge,criterion,score` CSV) into the round. The server takes
 * every row or none, and lists every problem by line; nothing leaves the browser before "Import".
 */
export function ImportScores({ roundId }: { roundId: string }) {
  const trpc = useTRPC();
  const importScores = useMutation(trpc.judging.importScores.mutationOptions());
  const { problem, setProblem, pending, done, run } = usePageAction();
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setProblem({ message: "Choose a CSV file with the scores first.", fields: {} });
      input.current?.focus();
      return;
    }
    if (file.size > MAX_SCORES_CSV) {
      setProblem({ message: "The file is too large: at most 1 MB of scores.", fields: {} });
      return;
    }
    const csv = await file.text();
    let imported = "";
    const ok = await run(async () => {
      const result = await importScores.mutateAsync({ roundId, csv });
      imported =
        `Imported ${result.scores} score${result.scores === 1 ? "" : "s"}` +
        (result.replaced > 0 ? `, replacing ${result.replaced} (kept in the score log)` : "") +
        (result.assignmentsAdded > 0 ? `; ${result.assignmentsAdded} judge–entry pairs added` : "") +
        ".";
    }, "Imported.");
    if (ok && input.current) {
      input.current.value = "";
      setFile(null);
    }
    if (ok) setSummary(imported);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="space-y-3" aria-label="Import paper scores">
      <div className="space-y-1">
        <label htmlFor="paper-scores" className="block font-medium">
          CSV file of scores
        </label>
        <p id="paper-scores-hint" className="text-sm text-slate-700">
          A header line <code>entry,judge,criterion,score</code>, then one score per line: the entry&apos;s
          title or team name, the judge&apos;s email (they must be invited to this round), the
          criterion&apos;s name (leave the column out when the rubric has one criterion) and a whole number on
          the round&apos;s scale. Every line is checked first: if any is wrong, nothing is imported.
        </p>
        <input
          ref={input}
          id="paper-scores"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="paper-scores-hint"
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setSummary(null);
            setProblem(null);
          }}
          className="block text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
        />
      </div>
      <PendingButton type="submit" pending={pending} className={buttonClass}>
        Import scores
      </PendingButton>
      <ActionProblem problem={problem} className="whitespace-pre-line" />
      <FormStatus message={done ? summary || done : null} />
    </form>
  );
}
