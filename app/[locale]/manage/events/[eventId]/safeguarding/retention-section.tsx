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

const WHAT =
  "Dates of birth, sensitive information (medical, access, emergency contacts) and check-in records (visits, who collected whom, the adults guardians named)";

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/**
 * How long the event keeps personal data after it ends: the setting while it is kept, a "Delete now"
 * once the period has passed, and what was deleted (counts only) afterwards.
 */
export function RetentionSection({ eventId, view }: { eventId: string; view: RetentionView }) {
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
    await form.run(() => update.mutateAsync({ eventId, ...checked.data }), "Saved.");
  }

  return (
    <section aria-labelledby="retention-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="retention-heading" className={sectionTitleClass}>
        How long personal data is kept
      </h2>
      {view.state === "DELETED" && view.deletion ? (
        <>
          <p>
            Deleted on {view.deletedAt} (
            {view.deletion.trigger === "by hand" ? "by hand" : "by the hourly job"}):{" "}
            {count(view.deletion.datesOfBirth, "date of birth", "dates of birth")},{" "}
            {count(view.deletion.sensitiveRecords, "set of sensitive answers", "sets of sensitive answers")},{" "}
            {count(view.deletion.visits, "check-in visit", "check-in visits")} and{" "}
            {count(view.deletion.collectors, "authorised adult", "authorised adults")}.
          </p>
          <p>
            Kept as counts: {count(view.deletion.registrations, "registration", "registrations")},{" "}
            {count(view.deletion.attended, "person", "people")} came. Each person&apos;s age at the start is
            kept instead of their date of birth, so young people stay credited by nickname.
          </p>
        </>
      ) : (
        <>
          <p>
            {WHAT} are deleted automatically{" "}
            {view.retentionDays === 1 ? "1 day" : `${view.retentionDays.toLocaleString("en-GB")} days`} after
            the event ends. Projects, teams, results and consent records stay; only counts are kept of what
            was deleted.
          </p>
          {view.state === "DUE" ? (
            <div className="space-y-2">
              <p>
                The period ended on {view.dueAt}: the hourly job deletes it within the hour, or you can do it
                now.
              </p>
              <ConfirmDialog
                trigger="Delete now"
                triggerClassName={dangerOutlineButtonClass}
                triggerDisabled={removal.pending}
                title="Delete this event's personal data now?"
                description={
                  <p>{WHAT} are deleted for everyone who registered. This can&apos;t be undone.</p>
                }
                confirmLabel="Yes, delete it"
                pendingLabel="Deleting…"
                onConfirm={() => removal.run(() => deleteNow.mutateAsync({ eventId }), "Deleted.")}
                problem={removal.problem}
              />
              <ActionOutcome done={removal.done} problem={null} />
            </div>
          ) : (
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
              <ErrorSummary
                problem={form.problem}
                labels={{ retentionDays: "Days to keep it" }}
                idPrefix="retention-"
              />
              <TextField
                id="retention-retentionDays"
                label="Days to keep it after the event ends"
                hint={`With ${view.retentionDays === 1 ? "1 day" : `${view.retentionDays} days`} it is deleted on ${view.dueAt}. Between 1 and 3,650.`}
                errors={form.problem?.fields.retentionDays}
                inputMode="numeric"
                autoComplete="off"
                value={days}
                onChange={setDays}
              />
              <PendingButton pending={form.pending} pendingLabel="Saving…" className={buttonClass}>
                Save how long it is kept
              </PendingButton>
              <ActionOutcome done={form.done} problem={null} />
            </form>
          )}
        </>
      )}
      <p className={mutedClass}>
        Someone can ask for their data or delete their account at any time from their account page.
      </p>
    </section>
  );
}
