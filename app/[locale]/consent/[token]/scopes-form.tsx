"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { cardClass } from "~/app/_components/card";
import { ErrorSummary } from "~/app/_components/error-summary";
import { useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { useTRPC } from "~/app/trpc/react";
import { problemInPage, type ProblemWords } from "~/server/consent/problem-words";
import type { ChangeableScope } from "~/server/registrations/rules";

/** What the form says, in the page's language ("ConsentForms"; `intro` and `legend` name the young person). */
export interface ScopesFormWords {
  heading: string;
  intro: string;
  saved: string;
  legend: string;
  save: string;
  saving: string;
}

/**
 * A guardian changes photos, public credit and (for a child under the age of digital consent) the team
 * finder after consenting, with the same link: each box shows the answer on record now. `words`,
 * `problems` and `refusals` (by code; none in English) come from the page.
 */
export function ScopesForm({
  token,
  scopes,
  words,
  problems,
  refusals,
}: {
  token: string;
  scopes: { key: ChangeableScope; label: string; hint: string; allowed: boolean }[];
  words: ScopesFormWords;
  problems: ProblemWords;
  refusals: Partial<Record<string, string>>;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const change = useMutation(trpc.registrations.changeConsentScopes.mutationOptions());
  const [chosen, setChosen] = useState<Record<ChangeableScope, boolean>>({
    photo: false,
    publicCredit: false,
    teamFinder: false,
    ...Object.fromEntries(scopes.map((s) => [s.key, s.allowed])),
  });
  const form = useFormProblem();
  const { attempt, pending } = form;
  const problem = useMemo(
    () => form.problem && problemInPage(form.problem, problems),
    [form.problem, problems],
  );
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    if (await attempt(() => change.mutateAsync({ token, ...chosen }), { domainMessages: refusals })) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <section aria-labelledby="scopes-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="scopes-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <ErrorSummary problem={problem} labels={Object.fromEntries(scopes.map((s) => [s.key, s.label]))} />
        <FormStatus message={saved ? words.saved : null} />
        <fieldset className="space-y-3">
          <legend className="sr-only">{words.legend}</legend>
          {scopes.map((scope) => (
            <label key={scope.key} className="flex items-start gap-2">
              <input
                id={`change-${scope.key}`}
                type="checkbox"
                className="mt-1"
                checked={chosen[scope.key]}
                aria-describedby={`change-${scope.key}-hint`}
                onChange={(e) => setChosen((c) => ({ ...c, [scope.key]: e.target.checked }))}
              />
              <span>
                <span className="font-medium">{scope.label}</span>
                <span id={`change-${scope.key}-hint`} className="block text-sm text-slate-600">
                  {scope.hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <PendingButton pending={pending} pendingLabel={words.saving}>
          {words.save}
        </PendingButton>
      </form>
    </section>
  );
}
