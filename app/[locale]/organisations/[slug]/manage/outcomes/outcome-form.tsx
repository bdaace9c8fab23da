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

const labels = { text: "What came of it", url: "Link (optional)" };

/** Records an outcome for one challenge. */
export function OutcomeForm({
  organisationId,
  challengeId,
}: {
  organisationId: string;
  challengeId: string;
}) {
  const trpc = useTRPC();
  const post = useMutation(trpc.next.postOutcome.mutationOptions());
  const { form, values, set, onSubmit } = useAddOrEditForm({
    fields: challengeOutcomeFields,
    existing: null,
    empty: { challengeId, text: "", url: "" },
    save: (data) => post.mutateAsync({ organisationId, ...data, url: data.url ?? "" }),
    message: () => "Added to the event's What happened next page.",
  });
  const prefix = `outcome-${challengeId}-`;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
      <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
      <TextField
        id={`${prefix}text`}
        label={labels.text}
        hint="For example: two teams are piloting their apps with our depots. At most 600 characters."
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
      <PendingButton pending={form.pending} pendingLabel="Adding…">
        Add outcome
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}

/** Removes one outcome. */
export function RemoveOutcome({ organisationId, outcomeId }: { organisationId: string; outcomeId: string }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.next.removeOutcome.mutationOptions());
  const action = usePageAction();
  return (
    <>
      <button
        type="button"
        className={rowButtonClass}
        disabled={action.pending}
        onClick={() => void action.run(() => remove.mutateAsync({ organisationId, outcomeId }), "Removed.")}
      >
        Remove<span className="sr-only"> this outcome</span>
      </button>
      <ActionOutcome done={action.done} problem={action.problem} />
    </>
  );
}
