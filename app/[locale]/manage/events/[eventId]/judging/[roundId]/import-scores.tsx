"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { buttonClass } from "~/app/_components/button-styles";
import { ActionProblem } from "~/app/_components/error-summary";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";
import { MAX_SCORES_CSV } from "~/server/judging/schema";

/**
 * What the form says (the "ImportScores" messages), read by the round page; `hint` is formatted there
 * (it holds the CSV header in <code>).
 */
export interface ImportScoresWords {
  chooseFile: string;
  tooLarge: string;
  /** "Imported {scores} score" and "… scores", filled in the browser. */
  importedOne: string;
  importedOther: string;
  /** "replacing {replaced} (kept in the score log)", filled in the browser. */
  replacing: string;
  /** "{pairs} judge–entry pairs added", filled in the browser. */
  pairsAdded: string;
  imported: string;
  formLabel: string;
  fileLabel: string;
  hint: ReactNode;
  import: string;
}

/**
 * Uploads scores judged on paper (`entry,judge,criterion,score` CSV) into the round. The server takes
 * every row or none, and lists every problem by line; nothing leaves the browser before "Import".
 */
export function ImportScores({ roundId, words }: { roundId: string; words: ImportScoresWords }) {
  const trpc = useTRPC();
  const importScores = useMutation(trpc.judging.importScores.mutationOptions());
  const { problem, setProblem, pending, done, run } = usePageAction();
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setProblem({ message: words.chooseFile, fields: {} });
      input.current?.focus();
      return;
    }
    if (file.size > MAX_SCORES_CSV) {
      setProblem({ message: words.tooLarge, fields: {} });
      return;
    }
    const csv = await file.text();
    let imported = "";
    const ok = await run(async () => {
      const result = await importScores.mutateAsync({ roundId, csv });
      imported =
        fillTemplate(result.scores === 1 ? words.importedOne : words.importedOther, {
          scores: result.scores,
        }) +
        (result.replaced > 0 ? `, ${fillTemplate(words.replacing, { replaced: result.replaced })}` : "") +
        (result.assignmentsAdded > 0
          ? `; ${fillTemplate(words.pairsAdded, { pairs: result.assignmentsAdded })}`
          : "") +
        ".";
    }, words.imported);
    if (ok && input.current) {
      input.current.value = "";
      setFile(null);
    }
    if (ok) setSummary(imported);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="space-y-3" aria-label={words.formLabel}>
      <div className="space-y-1">
        <label htmlFor="paper-scores" className="block font-medium">
          {words.fileLabel}
        </label>
        <p id="paper-scores-hint" className="text-sm text-slate-700">
          {words.hint}
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
        {words.import}
      </PendingButton>
      <ActionProblem problem={problem} className="whitespace-pre-line" />
      <FormStatus message={done ? summary || done : null} />
    </form>
  );
}
