"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ActionProblem } from "~/app/_components/error-summary";
import { useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { successButtonClass } from "~/app/_components/button-styles";

/** What the button says (the "SponsorChallenge" messages), read by the page. */
export interface SubmitChallengeWords {
  submitting: string;
  submit: string;
}

/** Sends a draft challenge to the event's organisers for review. */
export function SubmitChallenge({
  organisationId,
  challengeId,
  words,
}: {
  organisationId: string;
  challengeId: string;
  words: SubmitChallengeWords;
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
        pendingLabel={words.submitting}
        onClick={() =>
          void attempt(async () => {
            await submit.mutateAsync({ organisationId, challengeId });
            router.refresh();
          })
        }
        className={successButtonClass}
      >
        {words.submit}
      </PendingButton>
      <ActionProblem problem={problem} />
    </div>
  );
}
