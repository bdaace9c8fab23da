"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { dangerOutlineButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { PendingButton } from "~/app/_components/pending-button";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** What the buttons say about one organisation (the "Operators" messages, its name in), read by the page. */
export interface OperatorDecisionWords {
  withdraw: string;
  withdrawTitle: string;
  withdrawBody: string;
  withdrawConfirm: string;
  withdrawing: string;
  withdrawn: string;
  approving: string;
  approved: string;
  approve: string;
}

/** Approve an organisation as an operator, or withdraw the approval (after asking). */
export function OperatorDecision({
  organisationId,
  approved,
  words,
}: {
  organisationId: string;
  approved: boolean;
  words: OperatorDecisionWords;
}) {
  const trpc = useTRPC();
  const decide = useMutation(trpc.directory.decideOperator.mutationOptions());
  const action = usePageAction();
  return (
    <div className="space-y-2">
      {approved ? (
        <ConfirmDialog
          trigger={words.withdraw}
          triggerClassName={dangerOutlineButtonClass}
          triggerDisabled={action.pending}
          title={words.withdrawTitle}
          description={<p>{words.withdrawBody}</p>}
          confirmLabel={words.withdrawConfirm}
          pendingLabel={words.withdrawing}
          onConfirm={() =>
            action.run(() => decide.mutateAsync({ organisationId, approved: false }), words.withdrawn)
          }
          problem={action.problem}
        />
      ) : (
        <PendingButton
          type="button"
          pending={action.pending}
          pendingLabel={words.approving}
          onClick={() =>
            void action.run(() => decide.mutateAsync({ organisationId, approved: true }), words.approved)
          }
        >
          {words.approve}
        </PendingButton>
      )}
      <ActionOutcome done={action.done} problem={approved ? null : action.problem} />
    </div>
  );
}
