"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { rowPrimaryButtonClass } from "./button-styles";
import { ActionProblem } from "./error-summary";
import { PendingButton } from "./pending-button";
import { usePageAction } from "./use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { NO_CENTRE } from "~/server/centres/rules";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the picker says (the "MoveToCentre" messages), read on the server; `moved` ({centre}, {person})
 * and `centreFor` ({person}) are raw templates.
 */
export interface MoveToCentreWords {
  chooseDifferent: string;
  theCentre: string;
  moved: string;
  centreFor: string;
  moving: string;
  move: string;
}

/**
 * An organiser's centre picker in a registrations row: choose a centre and press "Move" (nothing
 * happens on choosing alone, so a slip of the wheel moves nobody). The person is emailed where to go.
 */
export function MoveToCentre({
  eventId,
  registrationId,
  person,
  currentCentreId,
  centres,
  words,
}: {
  eventId: string;
  registrationId: string;
  person: string;
  currentCentreId: string | null;
  centres: { id: string; name: string }[];
  words: MoveToCentreWords;
}) {
  const trpc = useTRPC();
  const move = useMutation(trpc.registrations.moveToCentre.mutationOptions());
  const [centreId, setCentreId] = useState(currentCentreId ?? "");
  const { problem, setProblem, pending, done, run } = usePageAction();
  const id = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (centreId === "" || centreId === currentCentreId) {
      setProblem({ message: words.chooseDifferent, fields: {} });
      return;
    }
    const name = centres.find((c) => c.id === centreId)?.name ?? words.theCentre;
    await run(
      () => move.mutateAsync({ eventId, registrationId, centreId }),
      fillTemplate(words.moved, { centre: name, person }),
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {fillTemplate(words.centreFor, { person })}
      </label>
      <select
        id={id}
        value={centreId}
        onChange={(e) => setCentreId(e.target.value)}
        className="max-w-48 rounded border border-slate-400 bg-white px-2 py-1"
      >
        {currentCentreId === null ? <option value="">{NO_CENTRE}</option> : null}
        {centres.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <PendingButton pending={pending} pendingLabel={words.moving} className={rowPrimaryButtonClass}>
        {words.move}
        <span className="sr-only"> {person}</span>
      </PendingButton>
      {done ? (
        <p role="status" className="w-full text-sm text-green-800">
          {done}
        </p>
      ) : null}
      <ActionProblem problem={problem} className="w-full" />
    </form>
  );
}
