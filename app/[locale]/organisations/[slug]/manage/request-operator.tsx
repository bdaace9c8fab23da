"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { PendingButton } from "~/app/_components/pending-button";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** An owner asks the platform's admins to approve the organisation as an operator. */
export function RequestOperator({ organisationId }: { organisationId: string }) {
  const trpc = useTRPC();
  const request = useMutation(trpc.directory.requestOperator.mutationOptions());
  const action = usePageAction();
  return (
    <div className="space-y-2">
      <PendingButton
        type="button"
        pending={action.pending}
        pendingLabel="Asking…"
        onClick={() =>
          void action.run(
            () => request.mutateAsync({ organisationId }),
            "Asked. The platform's admins will look at it soon.",
          )
        }
      >
        Ask to run events and clubs
      </PendingButton>
      <ActionOutcome done={action.done} problem={action.problem} />
    </div>
  );
}
