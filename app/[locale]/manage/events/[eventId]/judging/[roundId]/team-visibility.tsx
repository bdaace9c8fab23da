"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionProblem } from "~/app/_components/error-summary";
import { FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/trpc/react";
import { usePageAction } from "~/app/_components/use-page-action";

/** What the setting says (the "TeamVisibility" messages), read by the round page. */
export interface TeamVisibilityWords {
  willSee: string;
  willNotSee: string;
  label: string;
  hint: string;
}

/** Whether each team sees its own mean score per criterion beside approved feedback, once published. */
export function TeamVisibility({
  roundId,
  showScoresToTeams,
  words,
}: {
  roundId: string;
  showScoresToTeams: boolean;
  words: TeamVisibilityWords;
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
              show ? words.willSee : words.willNotSee,
            );
          }}
        />
        <span>{words.label}</span>
      </label>
      <p id="team-visibility-hint" className="text-sm text-slate-600">
        {words.hint}
      </p>
      <ActionProblem problem={problem} />
      <FormStatus message={done} variant="text" />
    </div>
  );
}
