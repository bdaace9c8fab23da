"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { PendingButton } from "~/app/_components/pending-button";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** What the request button says (the "OperatorPanel" messages), read by OperatorPanel. */
export interface RequestOperatorWords {
  asking: string;
  asked: string;
  ask: string;
}

/** An owner asks the platform's admins to approve the organisation as an operator. */
export function RequestOperator({
  organisationId,
  words,
}: {
  organisationId: string;
  words: RequestOperatorWords;
}) {
  const trpc = useTRPC();
  const request = useMutation(trpc.directory.requestOperator.mutationOptions());
  const action = usePageAction();
  return (
    <div className="space-y-2">
      <PendingButton
        type="button"
        pending={action.pending}
        pendingLabel={words.asking}
        onClick={() => void action.run(() => request.mutateAsync({ organisationId }), words.asked)}
      >
        {words.ask}
      </PendingButton>
      <ActionOutcome done={action.done} problem={action.problem} />
    </div>
  );
}
