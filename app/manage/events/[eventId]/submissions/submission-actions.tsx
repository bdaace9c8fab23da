"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, inputClass } from "~/app/_components/field";
import { ActionProblem, ErrorSummary } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { disqualifyInput } from "~/server/submissions/schema";

export function OpenGalleryButton({ eventId }: { eventId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const open = useMutation(trpc.submissions.openGallery.mutationOptions());
  const { problem, attempt, pending } = useFormProblem();
  const [opened, setOpened] = useState(false);
  return (
    <div className="space-y-1">
      <PendingButton
        type="button"
        pending={pending}
        pendingLabel="Opening…"
        onClick={() =>
          void attempt(() => open.mutateAsync({ eventId })).then((ok) => {
            if (ok) {
              setOpened(true);
              router.refresh();
            }
          })
        }
        className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100 disabled:opacity-60"
      >
        Open the public gallery now
      </PendingButton>
      {opened ? <p role="status">The gallery is open.</p> : null}
      <ActionProblem problem={problem} />
    </div>
  );
}

export function SubmissionActions({
  eventId,
  submissionId,
  title,
}: {
  eventId: string;
  submissionId: string;
  title: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const disqualify = useMutation(trpc.submissions.disqualify.mutationOptions());
  const [reason, setReason] = useState("");
  const [open, setOpen] = useState(false);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `disqualify:${submissionId}`,
    values: { reason },
    restore: (saved) => {
      setReason(draftOf({ reason: "" }, saved).reason);
      setOpen(true);
    },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(disqualifyInput, { submissionId, reason });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    if (await attempt(() => disqualify.mutateAsync({ eventId, ...checked.data }))) router.refresh();
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="text-sm text-red-800 underline">
        Disqualify<span className="sr-only"> {title}</span>…
      </button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <ErrorSummary
        problem={problem}
        labels={{ reason: "Reason" }}
        anchors={{ reason: `reason-${submissionId}` }}
        restored={restored}
      />
      <Field
        id={`reason-${submissionId}`}
        label={`Why is “${title}” disqualified?`}
        hint="The team sees this reason."
        errors={problem?.fields.reason}
      >
        {(a) => (
          <textarea
            {...a}
            rows={2}
            className={inputClass}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <PendingButton
        pending={pending}
        pendingLabel="Disqualifying…"
        className="rounded bg-red-700 px-3 py-1.5 text-white hover:bg-red-800 disabled:opacity-60"
      >
        Disqualify
      </PendingButton>
    </form>
  );
}
