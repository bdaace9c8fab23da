"use client";

import { useMutation } from "@tanstack/react-query";
import { useId } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { inputClass } from "~/app/_components/field";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import {
  DayPlanActions,
  MentorChoice,
  type CentreDay,
  type MentorChoiceWords,
  type PlanWords,
} from "./board-actions";

/** What MoveLearnerSelect says (the "MentorMatching" messages, the learner's name filled in by the page). */
export type MoveLearnerWords = { moved: string; notInGroup: string; newGroup: string };

/** Propose the day's learner groups (replacing them) and publish them. */
export function GroupBoardActions({
  hasGroups,
  published,
  words,
  ...where
}: CentreDay & { hasGroups: boolean; published: boolean; words: PlanWords }) {
  const trpc = useTRPC();
  const propose = useMutation(trpc.groups.propose.mutationOptions());
  const publish = useMutation(trpc.groups.publish.mutationOptions());
  return (
    <DayPlanActions
      hasPlan={hasGroups}
      published={published}
      words={words}
      propose={() => propose.mutateAsync(where)}
      publish={() => publish.mutateAsync(where)}
    />
  );
}

/** A group's mentor for the day: the mentors who may lead it, or none. */
export function GroupMentorSelect({
  groupId,
  words,
  current,
  options,
  ...where
}: CentreDay & {
  groupId: string;
  words: MentorChoiceWords;
  current: string | null;
  options: { id: string; label: string }[];
}) {
  const trpc = useTRPC();
  const set = useMutation(trpc.groups.setMentor.mutationOptions());
  return (
    <MentorChoice
      words={words}
      current={current}
      options={options}
      save={(mentorId) => set.mutateAsync({ ...where, groupId, mentorId })}
    />
  );
}

/**
 * Which group a learner is in: the day's groups at their level, or a new group. The learner's name
 * labels the select.
 */
export function MoveLearnerSelect({
  eventId,
  centreId,
  day,
  registrationId,
  name,
  current,
  options,
  words,
}: CentreDay & {
  registrationId: string;
  name: string;
  words: MoveLearnerWords;
  current: string | null;
  options: { id: string; label: string }[];
}) {
  const trpc = useTRPC();
  const move = useMutation(trpc.groups.moveLearner.mutationOptions());
  const action = usePageAction();
  const id = useId();
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={id} className="font-medium break-words">
          {name}
        </label>
        <select
          id={id}
          className={`${inputClass} sm:w-auto`}
          value={current ?? ""}
          disabled={action.pending}
          data-testid="move-learner"
          onChange={(e) => {
            const to = e.target.value;
            if (to === "") return;
            void action.run(
              () => move.mutateAsync({ eventId, centreId, day, registrationId, to }),
              words.moved,
            );
          }}
        >
          {current === null ? (
            <option value="" disabled>
              {words.notInGroup}
            </option>
          ) : null}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
          <option value="NEW">{words.newGroup}</option>
        </select>
      </div>
      <ActionOutcome done={action.done} problem={action.problem} />
    </div>
  );
}
