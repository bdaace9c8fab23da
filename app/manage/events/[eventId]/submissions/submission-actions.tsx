"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, inputClass } from "~/app/_components/field";
import { problemFrom, useFormProblem } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/trpc/react";

export function OpenGalleryButton({ eventId }: { eventId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const open = useMutation(trpc.submissions.openGallery.mutationOptions());
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={() =>
          void open.mutateAsync({ eventId }).then(
            () => {
              setMessage("The gallery is open.");
              router.refresh();
            },
            (error: unknown) => setMessage(problemFrom(error).message),
          )
        }
        className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100"
      >
        Open the public gallery now
      </button>
      {message ? <p role="status">{message}</p> : null}
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
  const { problem, attempt } = useFormProblem();
  const [open, setOpen] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await attempt(() => disqualify.mutateAsync({ eventId, submissionId, reason }))) router.refresh();
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
      <Field
        id={`reason-${submissionId}`}
        label={`Why is “${title}” disqualified?`}
        hint="The team sees this reason."
        errors={problem ? (problem.fields.reason ?? [problem.message]) : undefined}
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
      <button type="submit" className="rounded bg-red-700 px-3 py-1.5 text-white hover:bg-red-800">
        Disqualify
      </button>
    </form>
  );
}
