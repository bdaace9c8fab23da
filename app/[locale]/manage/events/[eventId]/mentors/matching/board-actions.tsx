"use client";

import { useMutation } from "@tanstack/react-query";
import { useId } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { inputClass } from "~/app/_components/field";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** The centre and day a board plans (day as "YYYY-MM-DD" in the event's zone). */
export type CentreDay = { eventId: string; centreId: string; day: string };

/**
 * What a day board's buttons and notes say: team matches and learner groups word them differently (the
 * "MentorMatching" messages, read by the page).
 */
export type PlanWords = {
  propose: string;
  proposeAgain: string;
  proposed: string;
  publish: string;
  published: string;
  /** Under the buttons once the plan is published, and before. */
  liveNote: string;
  draftNote: string;
};

/** What MentorChoice says: its label ("Mentor for <team or group>"), the empty choice and the outcome. */
export type MentorChoiceWords = { mentorFor: string; noMentor: string; saved: string };

/**
 * Propose a day's plan (replacing the day's draft or published plan) and publish it. `propose` and
 * `publish` send the change; the page refreshes and says what was done.
 */
export function DayPlanActions({
  hasPlan,
  published,
  words,
  propose,
  publish,
}: {
  hasPlan: boolean;
  published: boolean;
  words: PlanWords;
  propose: () => Promise<unknown>;
  publish: () => Promise<unknown>;
}) {
  const action = usePageAction();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={hasPlan ? secondaryButtonClass : buttonClass}
          disabled={action.pending}
          onClick={() => void action.run(propose, words.proposed)}
        >
          {hasPlan ? words.proposeAgain : words.propose}
        </button>
        {hasPlan && !published ? (
          <button
            type="button"
            className={buttonClass}
            disabled={action.pending}
            onClick={() => void action.run(publish, words.published)}
          >
            {words.publish}
          </button>
        ) : null}
      </div>
      <p className="text-sm text-slate-600">{published ? words.liveNote : words.draftNote}</p>
      <ActionOutcome done={action.done} problem={action.problem} />
    </div>
  );
}

/** Propose the day's matches (replacing them) and publish them. */
export function BoardActions({
  hasMatches,
  published,
  words,
  ...where
}: CentreDay & { hasMatches: boolean; published: boolean; words: PlanWords }) {
  const trpc = useTRPC();
  const propose = useMutation(trpc.mentoring.propose.mutationOptions());
  const publish = useMutation(trpc.mentoring.publish.mutationOptions());
  return (
    <DayPlanActions
      hasPlan={hasMatches}
      published={published}
      words={words}
      propose={() => propose.mutateAsync(where)}
      publish={() => publish.mutateAsync(where)}
    />
  );
}

/**
 * A mentor for one team or group on the day: the mentors who may look after it, or none. `save` sends
 * the choice (null for none); the select is labelled `words.mentorFor` ("Mentor for <team>").
 */
export function MentorChoice({
  words,
  current,
  options,
  save,
}: {
  words: MentorChoiceWords;
  current: string | null;
  options: { id: string; label: string }[];
  save: (mentorId: string | null) => Promise<unknown>;
}) {
  const action = usePageAction();
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {words.mentorFor}
      </label>
      <select
        id={id}
        className={inputClass}
        value={current ?? ""}
        disabled={action.pending}
        onChange={(e) =>
          void action.run(() => save(e.target.value === "" ? null : e.target.value), words.saved)
        }
      >
        <option value="">{words.noMentor}</option>
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

/** One team's mentor for the day. */
export function MatchSelect({
  teamId,
  words,
  current,
  options,
  ...where
}: CentreDay & {
  teamId: string;
  words: MentorChoiceWords;
  current: string | null;
  options: { id: string; label: string }[];
}) {
  const trpc = useTRPC();
  const set = useMutation(trpc.mentoring.setMatch.mutationOptions());
  return (
    <MentorChoice
      words={words}
      current={current}
      options={options}
      save={(mentorId) => set.mutateAsync({ ...where, teamId, mentorId })}
    />
  );
}
