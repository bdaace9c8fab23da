"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { rowButtonClass } from "~/app/_components/button-styles";
import { ErrorSummary } from "~/app/_components/error-summary";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { useAddOrEditForm } from "~/app/_components/use-add-or-edit-form";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { challengeOutcomeFields } from "~/server/next/schema";

/** What the outcome form says (the "ChallengeOutcomes" messages), read by the page. */
export interface OutcomeFormWords {
  text: string;
  url: string;
  added: string;
  textHint: string;
  adding: string;
  add: string;
}

/** What the remove button says (the "ChallengeOutcomes" messages), read by the page. */
export interface RemoveOutcomeWords {
  removed: string;
  remove: string;
  removeWhat: string;
}

/** Records an outcome for one challenge. */
export function OutcomeForm({
  organisationId,
  challengeId,
  words,
}: {
  organisationId: string;
  challengeId: string;
  words: OutcomeFormWords;
}) {
  const labels = { text: words.text, url: words.url };
  const trpc = useTRPC();
  const post = useMutation(trpc.next.postOutcome.mutationOptions());
  const { form, values, set, onSubmit } = useAddOrEditForm({
    fields: challengeOutcomeFields,
    existing: null,
    empty: { challengeId, text: "", url: "" },
    save: (data) => post.mutateAsync({ organisationId, ...data, url: data.url ?? "" }),
    message: () => words.added,
  });
  const prefix = `outcome-${challengeId}-`;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
      <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
      <TextField
        id={`${prefix}text`}
        label={labels.text}
        hint={words.textHint}
        errors={form.problem?.fields.text}
        value={values.text}
        onChange={(text) => set({ text })}
      />
      <TextField
        id={`${prefix}url`}
        label={labels.url}
        type="url"
        inputMode="url"
        errors={form.problem?.fields.url}
        value={values.url}
        onChange={(url) => set({ url })}
      />
      <PendingButton pending={form.pending} pendingLabel={words.adding}>
        {words.add}
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}

/** Removes one outcome. */
export function RemoveOutcome({
  organisationId,
  outcomeId,
  words,
}: {
  organisationId: string;
  outcomeId: string;
  words: RemoveOutcomeWords;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.next.removeOutcome.mutationOptions());
  const action = usePageAction();
  return (
    <>
      <button
        type="button"
        className={rowButtonClass}
        disabled={action.pending}
        onClick={() =>
          void action.run(() => remove.mutateAsync({ organisationId, outcomeId }), words.removed)
        }
      >
        {words.remove}
        <span className="sr-only"> {words.removeWhat}</span>
      </button>
      <ActionOutcome done={action.done} problem={action.problem} />
    </>
  );
}
