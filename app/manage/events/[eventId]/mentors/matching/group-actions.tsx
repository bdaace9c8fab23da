"use client";

import { useMutation } from "@tanstack/react-query";
import { useId } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { inputClass } from "~/app/_components/field";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

type CentreDay = { eventId: string; centreId: string; day: string };

/** Propose the day's learner groups (replacing them) and publish them. */
export function GroupBoardActions({
  eventId,
  centreId,
  day,
  hasGroups,
  published,
}: CentreDay & { hasGroups: boolean; published: boolean }) {
  const trpc = useTRPC();
  const propose = useMutation(trpc.groups.propose.mutationOptions());
  const publish = useMutation(trpc.groups.publish.mutationOptions());
  const action = usePageAction();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={hasGroups ? secondaryButtonClass : buttonClass}
          disabled={action.pending}
          onClick={() =>
            void action.run(
              () => propose.mutateAsync({ eventId, centreId, day }),
              "Proposed: check the groups below, move anyone you like, then publish.",
            )
          }
        >
          {hasGroups ? "Propose again (replaces this day's groups)" : "Propose groups"}
        </button>
        {hasGroups && !published ? (
          <button
            type="button"
            className={buttonClass}
            disabled={action.pending}
            onClick={() =>
              void action.run(
                () => publish.mutateAsync({ eventId, centreId, day }),
                "Published: learners and mentors can see their groups.",
              )
            }
          >
            Publish groups
          </button>
        ) : null}
      </div>
      <p className="text-sm text-slate-600">
        {published
          ? "Changes you make below are shown to learners and mentors at once. Proposing again makes the day a draft until you publish."
          : "Nothing is shown to learners or mentors until you publish."}
      </p>
      <ActionOutcome done={action.done} problem={action.problem} />
    </div>
  );
}

/** A group's mentor for the day: the mentors who may lead it, or none. */
export function GroupMentorSelect({
  eventId,
  centreId,
  day,
  groupId,
  label,
  current,
  options,
}: CentreDay & {
  groupId: string;
  label: string;
  current: string | null;
  options: { id: string; label: string }[];
}) {
  const trpc = useTRPC();
  const set = useMutation(trpc.groups.setMentor.mutationOptions());
  const action = usePageAction();
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        Mentor for {label}
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
                groupId,
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
}: CentreDay & {
  registrationId: string;
  name: string;
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
              `Moved ${name}.`,
            );
          }}
        >
          {current === null ? (
            <option value="" disabled>
              Not in a group
            </option>
          ) : null}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
          <option value="NEW">A new group</option>
        </select>
      </div>
      <ActionOutcome done={action.done} problem={action.problem} />
    </div>
  );
}
