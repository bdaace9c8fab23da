"use client";

import { useMutation } from "@tanstack/react-query";
import { useId } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { inputClass } from "~/app/_components/field";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** Propose the day's matches (replacing them) and publish them. */
export function BoardActions({
  eventId,
  centreId,
  day,
  hasMatches,
  published,
}: {
  eventId: string;
  centreId: string;
  day: string;
  hasMatches: boolean;
  published: boolean;
}) {
  const trpc = useTRPC();
  const propose = useMutation(trpc.mentoring.propose.mutationOptions());
  const publish = useMutation(trpc.mentoring.publish.mutationOptions());
  const action = usePageAction();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={hasMatches ? secondaryButtonClass : buttonClass}
          disabled={action.pending}
          onClick={() =>
            void action.run(
              () => propose.mutateAsync({ eventId, centreId, day }),
              "Proposed: check the teams below, change any you like, then publish.",
            )
          }
        >
          {hasMatches ? "Propose again (replaces this day's)" : "Propose matches"}
        </button>
        {hasMatches && !published ? (
          <button
            type="button"
            className={buttonClass}
            disabled={action.pending}
            onClick={() =>
              void action.run(
                () => publish.mutateAsync({ eventId, centreId, day }),
                "Published: mentors and teams can see their matches.",
              )
            }
          >
            Publish
          </button>
        ) : null}
      </div>
      <p className="text-sm text-slate-600">
        {published
          ? "Changes you make below are shown to mentors and teams at once. Proposing again makes the day a draft until you publish."
          : "Nothing is shown to mentors or teams until you publish."}
      </p>
      <ActionOutcome done={action.done} problem={action.problem} />
    </div>
  );
}

/** One team's mentor for the day: the mentors who may look after it, or none. */
export function MatchSelect({
  eventId,
  centreId,
  day,
  teamId,
  teamName,
  current,
  options,
}: {
  eventId: string;
  centreId: string;
  day: string;
  teamId: string;
  teamName: string;
  current: string | null;
  options: { id: string; label: string }[];
}) {
  const trpc = useTRPC();
  const set = useMutation(trpc.mentoring.setMatch.mutationOptions());
  const action = usePageAction();
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        Mentor for {teamName}
      </label>
      <select
        id={id}
        className={inputClass}
        value={current ?? ""}
        disabled={action.pending}
        onChange={(e) =>
          void action.run(
            () =>
              set.mutateAsync({
                eventId,
                centreId,
                day,
                teamId,
                mentorId: e.target.value === "" ? null : e.target.value,
              }),
            "Saved.",
          )
        }
      >
        <option value="">No mentor</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <ActionOutcome done={action.done} problem={action.problem} />
    </div>
  );
}
