"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonClass, Field, inputClass } from "~/app/_components/field";
import { problemFromZod, useFormProblem } from "~/app/_components/form-errors";
import { FormAlert, FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/trpc/react";
import type { ChallengeAction } from "~/server/challenges/rules";
import { requestChangesInput } from "~/server/challenges/schema";

export function ReviewActions({
  eventId,
  challengeId,
  actions,
}: {
  eventId: string;
  challengeId: string;
  actions: ChallengeAction[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const approve = useMutation(trpc.challenges.approve.mutationOptions());
  const publish = useMutation(trpc.challenges.publish.mutationOptions());
  const requestChanges = useMutation(trpc.challenges.requestChanges.mutationOptions());
  const [comment, setComment] = useState("");
  const { problem, setProblem, attempt } = useFormProblem();
  // What the last review action did, so the organiser sees it worked (the badge above changes too).
  const [done, setDone] = useState<string | null>(null);
  const pending = approve.isPending || publish.isPending || requestChanges.isPending;

  async function run(action: () => Promise<unknown>, message: string) {
    setProblem(null);
    setDone(null);
    if (await attempt(action)) {
      setComment("");
      setDone(message);
      router.refresh();
    }
  }

  function onRequestChanges(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = requestChangesInput.safeParse({ challengeId, comment });
    if (!checked.success) {
      setProblem(problemFromZod(checked.error, "Say what needs to change."));
      return;
    }
    void run(
      () => requestChanges.mutateAsync({ eventId, ...checked.data }),
      "Changes requested. The organisation has been emailed your comment.",
    );
  }

  if (actions.length === 0) return <FormStatus message={done} variant="text" />;
  const commentId = `comment-${challengeId}`;
  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      <FormAlert message={problem?.message} />
      <FormStatus message={done} variant="text" />
      {actions.includes("approve") ? (
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            void run(
              () => approve.mutateAsync({ eventId, challengeId }),
              "Approved. The organisation has been emailed; publish it when you are ready.",
            )
          }
          className="rounded bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800 disabled:opacity-60"
        >
          Approve
        </button>
      ) : null}
      {actions.includes("publish") ? (
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            void run(
              () => publish.mutateAsync({ eventId, challengeId }),
              "Published: it is on the event page now.",
            )
          }
          className={buttonClass}
        >
          Publish
        </button>
      ) : null}
      {actions.includes("requestChanges") ? (
        <form onSubmit={onRequestChanges} noValidate className="space-y-2">
          <Field
            id={commentId}
            label="Changes needed"
            hint="The organisation sees this comment."
            errors={problem?.fields.comment}
          >
            {(a) => (
              <textarea
                {...a}
                rows={3}
                className={inputClass}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
            )}
          </Field>
          <button
            type="submit"
            disabled={pending}
            className="rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60"
          >
            Request changes
          </button>
        </form>
      ) : null}
    </div>
  );
}
