"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ActionProblem } from "~/app/_components/error-summary";
import { useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { successButtonClass } from "~/app/_components/button-styles";

/** Sends a draft challenge to the event's organisers for review. */
export function SubmitChallenge({
  organisationId,
  challengeId,
}: {
  organisationId: string;
  challengeId: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const submit = useMutation(trpc.challenges.submit.mutationOptions());
  const { problem, attempt, pending } = useFormProblem();
  return (
    <div className="space-y-2">
      <PendingButton
        type="button"
        pending={pending}
        pendingLabel="Submitting…"
        onClick={() =>
          void attempt(async () => {
            await submit.mutateAsync({ organisationId, challengeId });
            router.refresh();
          })
        }
        className={successButtonClass}
      >
        Submit for review
      </PendingButton>
      <ActionProblem problem={problem} />
    </div>
  );
}
