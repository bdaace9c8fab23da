"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Field, inputClass } from "~/app/_components/field";
import { problemFrom, type FormProblem } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/trpc/react";
import type { ConsentScope } from "~/server/registrations/rules";
import { giveConsentInput } from "~/server/registrations/schema";

export function ConsentForm({
  token,
  consentTextVersion,
  scopes,
  firstName,
}: {
  token: string;
  consentTextVersion: string;
  scopes: { key: ConsentScope; label: string; hint: string; required: boolean }[];
  firstName: string;
}) {
  const trpc = useTRPC();
  const give = useMutation(trpc.registrations.giveConsent.mutationOptions());
  // High-privacy defaults: nothing is ticked for the guardian.
  const [chosen, setChosen] = useState<Record<ConsentScope, boolean>>({
    attend: false,
    photo: false,
    publicCredit: false,
  });
  const [guardianName, setGuardianName] = useState("");
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { token, guardianName, consentTextVersion, ...chosen };
    const checked = giveConsentInput.safeParse(input);
    if (!checked.success) {
      setProblem({
        message: "Some answers need fixing. Check the fields marked below.",
        fields: z.flattenError(checked.error).fieldErrors,
      });
      return;
    }
    try {
      await give.mutateAsync(checked.data);
      setDone(true);
      setProblem(null);
    } catch (error) {
      setProblem(problemFrom(error));
    }
  }

  if (done) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-4 text-green-900">
        Thank you. Your consent is recorded and {firstName}&apos;s place is confirmed. To withdraw it later,
        open the link in the email again.
      </p>
    );
  }

  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {problem ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
          <p className="font-semibold text-red-800">{problem.message}</p>
        </div>
      ) : null}
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Your choices</legend>
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
        label="Your full name"
        hint="Typing your name records your consent, with today's date."
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
      <button
        type="submit"
        disabled={give.isPending}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {give.isPending ? "Saving…" : "Give consent"}
      </button>
    </form>
  );
}
