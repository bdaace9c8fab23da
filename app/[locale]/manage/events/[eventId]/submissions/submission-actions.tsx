"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { Field, inputClass } from "~/app/_components/field";
import { restoredMessage } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { disqualifyInput } from "~/server/submissions/schema";
import { rowButtonClass } from "~/app/_components/button-styles";

type GalleryState = "CLOSED" | "OPENED_EARLY" | "OPEN_AFTER_DEADLINE";

/** Where the public gallery stands, and opening it early or closing it again, each after a confirmation. */
export function GalleryControl({
  eventId,
  state,
  deadline,
}: {
  eventId: string;
  state: GalleryState;
  /** The submission deadline, already written out in the event's time zone. */
  deadline: string;
}) {
  const trpc = useTRPC();
  const open = useMutation(trpc.submissions.openGallery.mutationOptions());
  const close = useMutation(trpc.submissions.closeGallery.mutationOptions());
  const { problem, pending, done, run, reset } = usePageAction();

  return (
    <div className="space-y-2" data-testid="gallery-control">
      <p>
        {state === "CLOSED"
          ? `The public gallery is closed. It opens by itself at the submission deadline (${deadline}).`
          : state === "OPENED_EARLY"
            ? `The public gallery is open: an organiser opened it before the deadline (${deadline}).`
            : "The public gallery is open: the submission deadline has passed, so it stays open for judging and results."}
      </p>
      {state === "CLOSED" ? (
        <ConfirmDialog
          trigger="Open the public gallery now"
          triggerClassName={rowButtonClass}
          triggerDisabled={pending}
          title="Open the public gallery now?"
          description={
            <>
              <p>
                Everyone will see every submitted project on the event&apos;s public gallery straight away.
              </p>
              <p>You can close it again until the deadline; from the deadline on it stays open.</p>
            </>
          }
          confirmLabel="Open the gallery"
          pendingLabel="Opening…"
          tone="default"
          onConfirm={() => run(() => open.mutateAsync({ eventId }), "The gallery is open to everyone.")}
          problem={problem}
          onOpenChange={reset}
        />
      ) : null}
      {state === "OPENED_EARLY" ? (
        <ConfirmDialog
          trigger="Close the gallery"
          triggerClassName={rowButtonClass}
          triggerDisabled={pending}
          title="Close the public gallery?"
          description={
            <>
              <p>The projects disappear from the public gallery until you open it again.</p>
              <p>It opens by itself at the submission deadline ({deadline}).</p>
            </>
          }
          confirmLabel="Close the gallery"
          pendingLabel="Closing…"
          onConfirm={() =>
            run(
              () => close.mutateAsync({ eventId }),
              "The gallery is closed. Only the teams and you see projects.",
            )
          }
          problem={problem}
          onOpenChange={reset}
        />
      ) : null}
      <FormStatus message={done} variant="text" />
    </div>
  );
}

/** Disqualify (with a reason the team is emailed) or reinstate one project, each after a confirmation. */
export function ProjectDecision({
  eventId,
  submissionId,
  title,
  disqualified,
}: {
  eventId: string;
  submissionId: string;
  title: string;
  disqualified: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const disqualify = useMutation(trpc.submissions.disqualify.mutationOptions());
  const reinstate = useMutation(trpc.submissions.reinstate.mutationOptions());
  const [reason, setReason] = useState("");
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `disqualify:${submissionId}`,
    values: { reason },
    restore: (saved) => setReason(draftOf({ reason: "" }, saved).reason),
  });
  const [done, setDone] = useState<string | null>(null);

  const reset = (isOpen: boolean) => {
    if (isOpen) {
      setProblem(null);
      setDone(null);
    }
  };

  async function onDisqualify() {
    const checked = checkForm(disqualifyInput, { submissionId, reason });
    if (checked.problem) {
      setProblem(checked.problem);
      return false;
    }
    const ok = await attempt(() => disqualify.mutateAsync({ eventId, ...checked.data }));
    if (ok) {
      setDone(`“${title}” is disqualified. The team has been emailed the reason.`);
      setReason("");
      router.refresh();
    }
    return ok;
  }

  async function onReinstate() {
    const ok = await attempt(() => reinstate.mutateAsync({ eventId, submissionId }));
    if (ok) {
      setDone(`“${title}” is reinstated. The team has been emailed.`);
      router.refresh();
    }
    return ok;
  }

  return (
    <div className="space-y-2">
      <FormStatus message={done} />
      {restored && !disqualified ? <FormStatus message={restoredMessage} /> : null}
      {disqualified ? (
        <ConfirmDialog
          trigger="Reinstate this project"
          triggerClassName={rowButtonClass}
          triggerDisabled={pending}
          title={`Reinstate “${title}”?`}
          description={
            <p>
              The project goes back to the status it had before it was disqualified, the reason is removed and
              the team is emailed.
            </p>
          }
          confirmLabel="Reinstate"
          pendingLabel="Reinstating…"
          tone="default"
          onConfirm={onReinstate}
          problem={problem}
          onOpenChange={reset}
        />
      ) : (
        <ConfirmDialog
          trigger="Disqualify this project…"
          triggerClassName="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
          triggerDisabled={pending}
          title={`Disqualify “${title}”?`}
          description={
            <>
              <p>
                It will no longer be judged or shown in the public gallery, and the team can no longer change
                it. Every member is emailed the reason you give.
              </p>
              <p>You can reinstate it later from this page.</p>
            </>
          }
          confirmLabel="Disqualify"
          pendingLabel="Disqualifying…"
          onConfirm={onDisqualify}
          problem={problem && !problem.fields.reason ? problem : null}
          onOpenChange={reset}
        >
          <Field
            id="disqualify-reason"
            label="Reason"
            hint="The team sees this reason. At least 5 characters."
            errors={problem?.fields.reason}
          >
            {(a) => (
              <textarea
                {...a}
                rows={3}
                className={inputClass}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
        </ConfirmDialog>
      )}
    </div>
  );
}
