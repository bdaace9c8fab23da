"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionProblem } from "~/app/_components/error-summary";
import { FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/trpc/react";
import { usePageAction } from "~/app/_components/use-page-action";

/** Whether each team sees its own mean score per criterion beside approved feedback, once published. */
export function TeamVisibility({
  roundId,
  showScoresToTeams,
}: {
  roundId: string;
  showScoresToTeams: boolean;
}) {
  const trpc = useTRPC();
  const set = useMutation(trpc.judging.setTeamVisibility.mutationOptions());
  const { problem, pending, done, run } = usePageAction();
  return (
    <div className="space-y-1">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          checked={showScoresToTeams}
          disabled={pending}
          aria-describedby="team-visibility-hint"
          onChange={(e) => {
            const show = e.target.checked;
            void run(
              () => set.mutateAsync({ roundId, showScoresToTeams: show }),
              show ? "Teams will see their own scores." : "Teams will not see scores.",
            );
          }}
        />
        <span>Show teams their own scores (mean per criterion) once results are published</span>
      </label>
      <p id="team-visibility-hint" className="text-sm text-slate-600">
        Each team sees only its own project&apos;s means, never a judge&apos;s name or another team&apos;s
        scores. Approved feedback is shown either way.
      </p>
      <ActionProblem problem={problem} />
      <FormStatus message={done} variant="text" />
    </div>
  );
}
