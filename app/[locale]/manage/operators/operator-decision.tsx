"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { dangerOutlineButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { PendingButton } from "~/app/_components/pending-button";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** Approve an organisation as an operator, or withdraw the approval (after asking). */
export function OperatorDecision({
  organisationId,
  name,
  approved,
}: {
  organisationId: string;
  name: string;
  approved: boolean;
}) {
  const trpc = useTRPC();
  const decide = useMutation(trpc.directory.decideOperator.mutationOptions());
  const action = usePageAction();
  return (
    <div className="space-y-2">
      {approved ? (
        <ConfirmDialog
          trigger="Withdraw approval"
          triggerClassName={dangerOutlineButtonClass}
          triggerDisabled={action.pending}
          title={`Withdraw ${name}'s approval?`}
          description={
            <p>Its weekly clubs leave the directory and its owners can no longer add clubs or events.</p>
          }
          confirmLabel="Yes, withdraw it"
          pendingLabel="Withdrawing…"
          onConfirm={() =>
            action.run(
              () => decide.mutateAsync({ organisationId, approved: false }),
              `${name} is no longer an operator.`,
            )
          }
          problem={action.problem}
        />
      ) : (
        <PendingButton
          type="button"
          pending={action.pending}
          pendingLabel="Approving…"
          onClick={() =>
            void action.run(
              () => decide.mutateAsync({ organisationId, approved: true }),
              `${name} is an operator now.`,
            )
          }
        >
          Approve {name}
        </PendingButton>
      )}
      <ActionOutcome done={action.done} problem={approved ? null : action.problem} />
    </div>
  );
}
