"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { rowButtonClass, rowPrimaryButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ActionProblem } from "~/app/_components/error-summary";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";
import { usePageAction } from "~/app/_components/use-page-action";

/** What the winners' form and the delete button say (the "AwardWinners" messages), read by the round page. */
export interface AwardWinnersWords {
  severalWinners: string;
  tickShared: string;
  /** Templates with `{name}`, filled in the browser: noWinnerNow, saved, legend, ofAward, deleteTitle, deleted. */
  noWinnerNow: string;
  saved: string;
  noEntries: string;
  legend: string;
  shared: string;
  sharedHint: string;
  saving: string;
  save: string;
  ofAward: string;
  delete: string;
  deleteTitle: string;
  deleteDescription: string;
  deleteConfirm: string;
  deleting: string;
  deleted: string;
}

export type WinnerOption = { submissionId: string; label: string };

function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {messages.join(". ")}
    </p>
  );
}

/**
 * Names an award's winners from the round's entries (best first when there are results). More than one
 * winner only as a decision, so "shared by decision" must be ticked; the server says so too.
 */
export function AwardWinners({
  roundId,
  award,
  options,
  words,
}: {
  roundId: string;
  award: { id: string; name: string; winners: string[]; shared: boolean };
  options: WinnerOption[];
  words: AwardWinnersWords;
}) {
  const trpc = useTRPC();
  const save = useMutation(trpc.judging.setAwardWinners.mutationOptions());
  const [chosen, setChosen] = useState<string[]>(award.winners);
  const [shared, setShared] = useState(award.shared);
  const { problem, setProblem, pending, done, run } = usePageAction();
  const prefix = `award-${award.id}`;
  const sharedError = problem?.fields.tiedByDecision;
  const winnersError = problem?.fields.submissionIds;

  const toggle = (id: string, on: boolean) =>
    setChosen((c) => (on ? [...c.filter((x) => x !== id), id] : c.filter((x) => x !== id)));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen.length > 1 && !shared) {
      setProblem({
        message: words.severalWinners,
        fields: { tiedByDecision: [words.tickShared] },
      });
      return;
    }
    const message = fillTemplate(chosen.length === 0 ? words.noWinnerNow : words.saved, { name: award.name });
    await run(
      () =>
        save.mutateAsync({
          roundId,
          awardId: award.id,
          submissionIds: chosen,
          tiedByDecision: chosen.length > 1 && shared,
        }),
      message,
    );
  }

  if (options.length === 0) return <p>{words.noEntries}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <fieldset
        className="space-y-1"
        aria-describedby={winnersError?.length ? `${prefix}-winners-error` : undefined}
      >
        <legend className="font-medium">{fillTemplate(words.legend, { name: award.name })}</legend>
        <FieldError id={`${prefix}-winners-error`} messages={winnersError} />
        <ul className="max-h-72 space-y-1 overflow-y-auto rounded border border-slate-200 p-2">
          {options.map((o) => (
            <li key={o.submissionId}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={chosen.includes(o.submissionId)}
                  onChange={(e) => toggle(o.submissionId, e.target.checked)}
                />
                <span>{o.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="space-y-1">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-1"
            checked={shared}
            aria-invalid={sharedError?.length ? true : undefined}
            aria-describedby={sharedError?.length ? `${prefix}-shared-error` : `${prefix}-shared-hint`}
            onChange={(e) => setShared(e.target.checked)}
          />
          <span>{words.shared}</span>
        </label>
        <p id={`${prefix}-shared-hint`} className="text-sm text-slate-600">
          {words.sharedHint}
        </p>
        <FieldError id={`${prefix}-shared-error`} messages={sharedError} />
      </div>
      {problem && !sharedError && !winnersError ? <ActionProblem problem={problem} /> : null}
      <FormStatus message={done} variant="text" />
      <PendingButton pending={pending} pendingLabel={words.saving} className={rowPrimaryButtonClass}>
        {words.save}
        <span className="sr-only"> {fillTemplate(words.ofAward, { name: award.name })}</span>
      </PendingButton>
    </form>
  );
}

/** Deletes an award and its winners, after a confirmation. */
export function DeleteAward({
  roundId,
  awardId,
  name,
  words,
}: {
  roundId: string;
  awardId: string;
  name: string;
  words: AwardWinnersWords;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.judging.deleteAward.mutationOptions());
  const { problem, pending, run, reset } = usePageAction();
  return (
    <ConfirmDialog
      trigger={
        <>
          {words.delete}
          <span className="sr-only"> {name}</span>
        </>
      }
      triggerClassName={rowButtonClass}
      triggerDisabled={pending}
      title={fillTemplate(words.deleteTitle, { name })}
      description={<p>{words.deleteDescription}</p>}
      confirmLabel={words.deleteConfirm}
      pendingLabel={words.deleting}
      onConfirm={() =>
        run(() => remove.mutateAsync({ roundId, awardId }), fillTemplate(words.deleted, { name }))
      }
      problem={problem}
      onOpenChange={reset}
    />
  );
}
