"use client";

import { useMutation } from "@tanstack/react-query";
import { rowButtonClass, rowPrimaryButtonClass } from "~/app/_components/button-styles";
import { ActionProblem } from "~/app/_components/error-summary";
import { PendingButton } from "~/app/_components/pending-button";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** What the buttons say (the "ModerateFeedback" messages), read by the server page: moderateFeedbackWords. */
export interface ModerateFeedbackWords {
  withdrawn: string;
  approved: string;
  withdraw: string;
  approve: string;
}

/**
 * Approves a judge's feedback for the team to read, or withdraws the approval: through the round
 * (`roundId`, the round's managers) or through the event (`eventId`, its centre leads and organisers).
 * `what` names the feedback for screen readers ("Judge 2's feedback", "the feedback for Bright Sparks").
 */
export function ModerateFeedback({
  target,
  assignmentId,
  approved,
  what,
  words,
}: {
  target: { roundId: string } | { eventId: string };
  assignmentId: string;
  approved: boolean;
  what: string;
  words: ModerateFeedbackWords;
}) {
  const trpc = useTRPC();
  const inRound = useMutation(trpc.judging.moderateFeedback.mutationOptions());
  const forCentre = useMutation(trpc.judging.moderateCentreFeedback.mutationOptions());
  const { problem, pending, done, run } = usePageAction();
  const approve = !approved;
  return (
    <div className="space-y-1">
      <PendingButton
        type="button"
        pending={pending}
        className={approved ? rowButtonClass : rowPrimaryButtonClass}
        onClick={() =>
          void run(
            () =>
              "roundId" in target
                ? inRound.mutateAsync({ roundId: target.roundId, assignmentId, approve })
                : forCentre.mutateAsync({ eventId: target.eventId, assignmentId, approve }),
            approved ? words.withdrawn : words.approved,
          )
        }
      >
        {approved ? words.withdraw : words.approve}
        <span className="sr-only"> {what}</span>
      </PendingButton>
      {done ? (
        <p role="status" className="text-sm text-green-800">
          {done}
        </p>
      ) : null}
      <ActionProblem problem={problem} />
    </div>
  );
}
