"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { buttonClass, dangerOutlineButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { checkForm } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import type { RouterOutputs } from "~/app/trpc/types";
import { updateRetentionInput } from "~/server/retention/schema";

export interface RetentionView {
  retentionDays: number;
  state: "KEPT" | "DUE" | "DELETED";
  /** When the data is (or was) due, in the event's zone, written out. */
  dueAt: string;
  deletedAt: string | null;
  /** What the deletion removed, as counts (null until it has run). */
  deletion: RouterOutputs["retention"]["status"]["deletion"];
}

/**
 * What RetentionSection says (the "SafeguardingRetention" messages, filled in by the page with the view's
 * numbers and dates; `deleted` and `keptAsCounts` are empty until the deletion has run).
 */
export interface RetentionWords {
  heading: string;
  deleted: string;
  keptAsCounts: string;
  deletedAfter: string;
  due: string;
  deleteNow: string;
  confirmTitle: string;
  confirmBody: string;
  confirm: string;
  deleting: string;
  deletedOutcome: string;
  daysShort: string;
  daysLabel: string;
  daysHint: string;
  saving: string;
  save: string;
  saved: string;
  rights: string;
}

/**
 * How long the event keeps personal data after it ends: the setting while it is kept, a "Delete now"
 * once the period has passed, and what was deleted (counts only) afterwards.
 */
export function RetentionSection({
  eventId,
  view,
  words,
}: {
  eventId: string;
  view: RetentionView;
  words: RetentionWords;
}) {
  const trpc = useTRPC();
  const update = useMutation(trpc.retention.update.mutationOptions());
  const deleteNow = useMutation(trpc.retention.deleteNow.mutationOptions());
  const form = usePageAction();
  const removal = usePageAction();
  const [days, setDays] = useState(String(view.retentionDays));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(updateRetentionInput, { retentionDays: days });
    if (checked.problem) {
      form.setProblem(checked.problem);
      return;
    }
    await form.run(() => update.mutateAsync({ eventId, ...checked.data }), words.saved);
  }

  return (
    <section aria-labelledby="retention-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="retention-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      {view.state === "DELETED" && view.deletion ? (
        <>
          <p>{words.deleted}</p>
          <p>{words.keptAsCounts}</p>
        </>
      ) : (
        <>
          <p>{words.deletedAfter}</p>
          {view.state === "DUE" ? (
            <div className="space-y-2">
              <p>{words.due}</p>
              <ConfirmDialog
                trigger={words.deleteNow}
                triggerClassName={dangerOutlineButtonClass}
                triggerDisabled={removal.pending}
                title={words.confirmTitle}
                description={<p>{words.confirmBody}</p>}
                confirmLabel={words.confirm}
                pendingLabel={words.deleting}
                onConfirm={() => removal.run(() => deleteNow.mutateAsync({ eventId }), words.deletedOutcome)}
                problem={removal.problem}
              />
              <ActionOutcome done={removal.done} problem={null} />
            </div>
          ) : (
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
              <ErrorSummary
                problem={form.problem}
                labels={{ retentionDays: words.daysShort }}
                idPrefix="retention-"
              />
              <TextField
                id="retention-retentionDays"
                label={words.daysLabel}
                hint={words.daysHint}
                errors={form.problem?.fields.retentionDays}
                inputMode="numeric"
                autoComplete="off"
                value={days}
                onChange={setDays}
              />
              <PendingButton pending={form.pending} pendingLabel={words.saving} className={buttonClass}>
                {words.save}
              </PendingButton>
              <ActionOutcome done={form.done} problem={null} />
            </form>
          )}
        </>
      )}
      <p className={mutedClass}>{words.rights}</p>
    </section>
  );
}
