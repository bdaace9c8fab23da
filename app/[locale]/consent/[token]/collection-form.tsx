"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useMemo, useState, type FormEvent } from "react";
import { buttonClass, rowButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { PendingButton } from "~/app/_components/pending-button";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { checkForm } from "~/app/_components/form-errors";
import { MAX_COLLECTORS, setCollectionInput } from "~/server/checkin/schema";
import { problemInPage, type ProblemWords } from "~/server/consent/problem-words";
import { fillTemplate } from "~/server/i18n/labels";

type Adult = { name: string; relationship: string };

/**
 * What the form says, in the page's language ("ConsentForms"; the page names the young person in them).
 * `adultName` and `removeAdult` are raw templates whose `{number}` is the row's, filled in here.
 */
export interface CollectionFormWords {
  heading: string;
  intro: string;
  adultName: string;
  relationship: string;
  relationshipExample: string;
  remove: string;
  removeAdult: string;
  addAdult: string;
  upToAdults: string;
  mayLeaveAlone: string;
  save: string;
  saving: string;
  saved: string;
  nameSomeone: string;
}

/**
 * A guardian says who may collect their young person from the venue: up to MAX_COLLECTORS named adults
 * and whether they may leave on their own. The centre's staff pick from this list at the door; nobody
 * else can take them home without an organiser's override. `words`, `problems` and `refusals` (by code;
 * none in English) come from the page.
 */
export function CollectionForm({
  token,
  mayLeaveAlone: savedAlone,
  collectors: saved,
  words,
  problems,
  refusals,
}: {
  token: string;
  mayLeaveAlone: boolean;
  collectors: Adult[];
  words: CollectionFormWords;
  problems: ProblemWords;
  refusals: Partial<Record<string, string>>;
}) {
  const trpc = useTRPC();
  const save = useMutation(trpc.checkin.setCollection.mutationOptions());
  const action = usePageAction();
  const { setProblem, pending, done, run, reset } = action;
  const problem = useMemo(
    () => action.problem && problemInPage(action.problem, problems),
    [action.problem, problems],
  );
  const [adults, setAdults] = useState<Adult[]>(saved.length > 0 ? saved : [{ name: "", relationship: "" }]);
  const [alone, setAlone] = useState(savedAlone);
  const id = useId();

  const change = (i: number, field: keyof Adult, value: string) =>
    setAdults((list) => list.map((a, j) => (j === i ? { ...a, [field]: value } : a)));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset(true);
    const collectors = adults.filter((a) => a.name.trim() !== "" || a.relationship.trim() !== "");
    if (collectors.length === 0 && !alone) {
      setProblem({ message: words.nameSomeone, fields: {} });
      return;
    }
    // Empty rows are dropped, then checked here first so that each adult's row shows its own problem.
    setAdults(collectors.length > 0 ? collectors : [{ name: "", relationship: "" }]);
    const checked = checkForm(setCollectionInput, { token, mayLeaveAlone: alone, collectors });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    await run(() => save.mutateAsync(checked.data), words.saved, { domainMessages: refusals });
  }

  const fieldErrors = (i: number, field: keyof Adult) => problem?.fields[`collectors.${i}.${field}`];

  return (
    <section aria-labelledby="collection-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="collection-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
        <ul className="space-y-3">
          {adults.map((adult, i) => (
            <li
              key={i}
              className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
            >
              <div className="space-y-1">
                <label htmlFor={`${id}-name-${i}`} className="block font-medium">
                  {fillTemplate(words.adultName, { number: i + 1 })}
                </label>
                <input
                  id={`${id}-name-${i}`}
                  value={adult.name}
                  onChange={(e) => change(i, "name", e.target.value)}
                  autoComplete="off"
                  aria-invalid={fieldErrors(i, "name") ? true : undefined}
                  className="w-full rounded border border-slate-400 px-3 py-2"
                />
                {fieldErrors(i, "name")?.map((m) => (
                  <p key={m} className="text-sm text-red-800">
                    {m}
                  </p>
                ))}
              </div>
              <div className="space-y-1">
                <label htmlFor={`${id}-rel-${i}`} className="block font-medium">
                  {words.relationship}
                </label>
                <input
                  id={`${id}-rel-${i}`}
                  value={adult.relationship}
                  onChange={(e) => change(i, "relationship", e.target.value)}
                  placeholder={words.relationshipExample}
                  aria-invalid={fieldErrors(i, "relationship") ? true : undefined}
                  className="w-full rounded border border-slate-400 px-3 py-2"
                />
                {fieldErrors(i, "relationship")?.map((m) => (
                  <p key={m} className="text-sm text-red-800">
                    {m}
                  </p>
                ))}
              </div>
              <button
                type="button"
                className={rowButtonClass}
                onClick={() => setAdults((list) => list.filter((_, j) => j !== i))}
              >
                {words.remove}
                <span className="sr-only"> {fillTemplate(words.removeAdult, { number: i + 1 })}</span>
              </button>
            </li>
          ))}
        </ul>
        {adults.length < MAX_COLLECTORS ? (
          <button
            type="button"
            className={rowButtonClass}
            onClick={() => setAdults((list) => [...list, { name: "", relationship: "" }])}
          >
            {words.addAdult}
          </button>
        ) : (
          <p className="text-sm text-slate-700">{words.upToAdults}</p>
        )}
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            checked={alone}
            onChange={(e) => setAlone(e.target.checked)}
            className="mt-1 h-5 w-5"
          />
          <span>{words.mayLeaveAlone}</span>
        </label>
        <PendingButton pending={pending} pendingLabel={words.saving} className={buttonClass}>
          {words.save}
        </PendingButton>
        <ActionOutcome done={done} problem={problem} />
      </form>
    </section>
  );
}
