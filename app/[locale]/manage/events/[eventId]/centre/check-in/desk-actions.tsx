"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { PendingButton } from "~/app/_components/pending-button";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the desk says (the "CheckInDesk" messages), read by the page. `checkedIn`, `collectedBy`,
 * `checkedOut` and `whoIsCollecting` are raw templates ({person}, {who}), filled in here.
 */
export interface DeskActionsWords {
  checkedIn: string;
  checkingIn: string;
  checkIn: string;
  chooseFirst: string;
  anAuthorisedAdult: string;
  collectedBy: string;
  checkedOut: string;
  checkingOut: string;
  checkOut: string;
  whoIsCollecting: string;
  leavingAlone: string;
  override: string;
  nobodyAuthorised: string;
  collectorLabel: string;
  reasonLabel: string;
}

type PageAction = ReturnType<typeof usePageAction>;

/**
 * What the desk offers for one person: "Check in", or once they are in, checking out. One component for
 * both, so that what was just done ("… is checked in.") stays on screen after the page refreshes into
 * the other state.
 */
export function DeskActions(props: {
  eventId: string;
  registrationId: string;
  person: string;
  present: boolean;
  needsCollection: boolean;
  mayLeaveAlone: boolean;
  collectors: { id: string; label: string }[];
  canOverride: boolean;
  words: DeskActionsWords;
}) {
  const action = usePageAction();
  return props.present ? (
    <CheckOutPanel {...props} action={action} />
  ) : (
    <CheckInButton {...props} action={action} />
  );
}

/** "Check in" for one person on the desk; the page then shows them as in. */
function CheckInButton({
  eventId,
  registrationId,
  person,
  action,
  words,
}: {
  eventId: string;
  registrationId: string;
  person: string;
  action: PageAction;
  words: DeskActionsWords;
}) {
  const trpc = useTRPC();
  const checkIn = useMutation(trpc.checkin.checkIn.mutationOptions());
  const { problem, pending, done, run } = action;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => checkIn.mutateAsync({ eventId, registrationId }),
          fillTemplate(words.checkedIn, { person }),
        );
      }}
      className="space-y-2"
    >
      <PendingButton
        pending={pending}
        pendingLabel={words.checkingIn}
        className={`${buttonClass} w-full sm:w-auto`}
      >
        {words.checkIn}
        <span className="sr-only"> {person}</span>
      </PendingButton>
      <ActionOutcome done={done} problem={problem} />
    </form>
  );
}

type Choice = { kind: "collector"; collectorId: string } | { kind: "alone" } | { kind: "override" };

/**
 * Checking someone out. A young person with a guardian leaves with one of the adults the guardian
 * authorised (picked from the list, never typed), on their own if the guardian allows it, or, for an
 * organiser only, with someone else named with a reason. An adult simply leaves.
 */
function CheckOutPanel({
  eventId,
  registrationId,
  person,
  needsCollection,
  mayLeaveAlone,
  collectors,
  canOverride,
  action,
  words,
}: {
  eventId: string;
  registrationId: string;
  person: string;
  needsCollection: boolean;
  mayLeaveAlone: boolean;
  collectors: { id: string; label: string }[];
  canOverride: boolean;
  action: PageAction;
  words: DeskActionsWords;
}) {
  const trpc = useTRPC();
  const checkOut = useMutation(trpc.checkin.checkOut.mutationOptions());
  const { problem, setProblem, pending, done, run, reset } = action;
  const [choice, setChoice] = useState<Choice | null>(needsCollection ? null : { kind: "alone" });
  const [collectedBy, setCollectedBy] = useState("");
  const [reason, setReason] = useState("");
  const id = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!choice) {
      reset(true);
      setProblem({ message: words.chooseFirst, fields: {} });
      return;
    }
    const sent = choice.kind === "override" ? { kind: "override" as const, collectedBy, reason } : choice;
    const who =
      choice.kind === "collector"
        ? (collectors.find((c) => c.id === choice.collectorId)?.label ?? words.anAuthorisedAdult)
        : choice.kind === "override"
          ? collectedBy.trim()
          : null;
    await run(
      () => checkOut.mutateAsync({ eventId, registrationId, choice: sent }),
      who ? fillTemplate(words.collectedBy, { person, who }) : fillTemplate(words.checkedOut, { person }),
    );
  }

  if (!needsCollection) {
    return (
      <form onSubmit={(e) => void onSubmit(e)} className="space-y-2">
        <PendingButton
          pending={pending}
          pendingLabel={words.checkingOut}
          className={`${secondaryButtonClass} w-full sm:w-auto`}
        >
          {words.checkOut}
          <span className="sr-only"> {person}</span>
        </PendingButton>
        <ActionOutcome done={done} problem={problem} />
      </form>
    );
  }

  const radio = (value: string, label: string, next: Choice) => (
    <label key={value} className="flex min-h-11 items-center gap-3 rounded border border-slate-300 px-3 py-2">
      <input
        type="radio"
        name={`${id}-who`}
        value={value}
        checked={
          choice?.kind === next.kind &&
          (next.kind !== "collector" ||
            (choice.kind === "collector" && choice.collectorId === next.collectorId))
        }
        onChange={() => setChoice(next)}
        className="h-5 w-5"
      />
      <span>{label}</span>
    </label>
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="font-medium">{fillTemplate(words.whoIsCollecting, { person })}</legend>
        {collectors.map((c) => radio(c.id, c.label, { kind: "collector", collectorId: c.id }))}
        {mayLeaveAlone ? radio("alone", words.leavingAlone, { kind: "alone" }) : null}
        {canOverride ? radio("override", words.override, { kind: "override" }) : null}
        {collectors.length === 0 && !mayLeaveAlone && !canOverride ? (
          <p className="text-amber-900">{words.nobodyAuthorised}</p>
        ) : null}
      </fieldset>
      {choice?.kind === "override" ? (
        <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
          <div className="space-y-1">
            <label htmlFor={`${id}-by`} className="block font-medium">
              {words.collectorLabel}
            </label>
            <input
              id={`${id}-by`}
              value={collectedBy}
              onChange={(e) => setCollectedBy(e.target.value)}
              aria-invalid={problem?.fields.collectedBy ? true : undefined}
              className="w-full rounded border border-slate-400 px-3 py-2"
            />
            {problem?.fields.collectedBy?.map((m) => (
              <p key={m} className="text-sm text-red-800">
                {m}
              </p>
            ))}
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-reason`} className="block font-medium">
              {words.reasonLabel}
            </label>
            <textarea
              id={`${id}-reason`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={2}
              aria-invalid={problem?.fields.reason ? true : undefined}
              className="w-full rounded border border-slate-400 px-3 py-2"
            />
            {problem?.fields.reason?.map((m) => (
              <p key={m} className="text-sm text-red-800">
                {m}
              </p>
            ))}
          </div>
        </div>
      ) : null}
      <PendingButton
        pending={pending}
        pendingLabel={words.checkingOut}
        className={`${buttonClass} w-full sm:w-auto`}
      >
        {words.checkOut}
        <span className="sr-only"> {person}</span>
      </PendingButton>
      <ActionOutcome done={done} problem={problem} />
    </form>
  );
}
