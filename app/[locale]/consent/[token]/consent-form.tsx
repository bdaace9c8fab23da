"use client";

import { useMutation } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { problemInPage, type ProblemWords } from "~/server/consent/problem-words";
import type { ConsentScope } from "~/server/registrations/rules";
import { giveConsentInput } from "~/server/registrations/schema";
import { cardTitleClass } from "~/app/_components/text-styles";

/** What the form says, in the page's language ("ConsentForms"; `given` names the young person). */
export interface ConsentFormWords {
  choices: string;
  guardianName: string;
  guardianNameHint: string;
  give: string;
  saving: string;
  given: string;
}

/**
 * A guardian gives consent through the emailed link: nothing ticked for them, attending required. The
 * scopes' labels, `words`, `problems` (its problems in the page's language) and `refusals` (the server's
 * refusals by code; none in English) come from the page.
 */
export function ConsentForm({
  token,
  consentTextVersion,
  scopes,
  previous = null,
  words,
  problems,
  refusals,
}: {
  token: string;
  consentTextVersion: string;
  scopes: { key: ConsentScope; label: string; hint: string; required: boolean }[];
  /** Confirming a new text: the answers in force, to start from (attending is asked again). */
  previous?: { photo: boolean; publicCredit: boolean; teamFinder: boolean } | null;
  words: ConsentFormWords;
  problems: ProblemWords;
  refusals: Partial<Record<string, string>>;
}) {
  const trpc = useTRPC();
  const give = useMutation(trpc.registrations.giveConsent.mutationOptions());
  // High-privacy defaults: nothing is ticked for the guardian.
  const [chosen, setChosen] = useState<Record<ConsentScope, boolean>>({
    attend: false,
    photo: previous?.photo ?? false,
    publicCredit: previous?.publicCredit ?? false,
    teamFinder: previous?.teamFinder ?? false,
  });
  const [guardianName, setGuardianName] = useState("");
  const form = useFormProblem();
  const { setProblem, attempt, pending } = form;
  // Once per problem: a new object on every render would move focus to the summary on every keystroke.
  const problem = useMemo(
    () => form.problem && problemInPage(form.problem, problems),
    [form.problem, problems],
  );
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(giveConsentInput, { token, guardianName, consentTextVersion, ...chosen });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const options = { keepPendingOnSuccess: true, domainMessages: refusals };
    if (await attempt(() => give.mutateAsync(checked.data), options)) setDone(true);
  }

  if (done) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-4 text-green-900">
        {words.given}
      </p>
    );
  }

  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary
        problem={problem}
        labels={{
          ...Object.fromEntries(scopes.map((scope) => [scope.key, scope.label])),
          guardianName: words.guardianName,
        }}
        anchors={Object.fromEntries(scopes.map((scope) => [scope.key, `scope-${scope.key}`]))}
      />
      <fieldset className="space-y-3">
        <legend className={cardTitleClass}>{words.choices}</legend>
        {scopes.map((scope) => {
          const errorId = errors[scope.key] ? `${scope.key}-error` : undefined;
          return (
            <div key={scope.key} className="space-y-1">
              {errorId ? (
                <p id={errorId} className="text-sm font-medium text-red-700">
                  {errors[scope.key]?.join(". ")}
                </p>
              ) : null}
              <label className="flex items-start gap-2">
                <input
                  id={`scope-${scope.key}`}
                  type="checkbox"
                  className="mt-1"
                  checked={chosen[scope.key]}
                  aria-invalid={errorId ? true : undefined}
                  aria-describedby={[errorId, `${scope.key}-hint`].filter(Boolean).join(" ")}
                  onChange={(e) => setChosen((c) => ({ ...c, [scope.key]: e.target.checked }))}
                />
                <span>
                  <span className="font-medium">{scope.label}</span>
                  <span id={`${scope.key}-hint`} className="block text-sm text-slate-600">
                    {scope.hint}
                  </span>
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <Field
        id="guardianName"
        label={words.guardianName}
        hint={words.guardianNameHint}
        errors={errors.guardianName}
      >
        {(a) => (
          <input
            {...a}
            autoComplete="name"
            className={inputClass}
            value={guardianName}
            onChange={(e) => setGuardianName(e.target.value)}
          />
        )}
      </Field>
      <PendingButton pending={pending} pendingLabel={words.saving}>
        {words.give}
      </PendingButton>
    </form>
  );
}
