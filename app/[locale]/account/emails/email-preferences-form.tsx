"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "~/app/_components/error-summary";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import type { OptionalMailCategory } from "~/server/mail/preferences";
import { updateEmailPreferencesInput } from "~/server/users/schema";
import { cardClass } from "~/app/_components/card";
import { sectionTitleClass } from "~/app/_components/text-styles";

interface Category {
  category: OptionalMailCategory;
  label: string;
  hint: string;
  on: boolean;
}

/** What the form says (the "EmailPreferences" messages, read by the page). */
export interface EmailPreferencesFormWords {
  legend: string;
  notSaved: string;
  saved: string;
  save: string;
  saving: string;
}

/** One tick box per category of email a person may turn off; ticked means "send me these". */
export function EmailPreferencesForm({
  categories,
  words,
}: {
  categories: Category[];
  words: EmailPreferencesFormWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.users.updateEmailPreferences.mutationOptions());
  const [on, setOn] = useState<Record<string, boolean>>(
    Object.fromEntries(categories.map((c) => [c.category, c.on])),
  );
  const { problem, setProblem, attempt, pending } = useFormProblem();
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const input = { turnedOff: categories.filter((c) => !on[c.category]).map((c) => c.category) };
    const checked = checkForm(updateEmailPreferencesInput, input);
    if (checked.problem) {
      setProblem({ ...checked.problem, message: words.notSaved });
      return;
    }
    if (await attempt(() => save.mutateAsync(input))) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className={`space-y-4 ${cardClass}`}>
      <fieldset className="space-y-3">
        <legend className={sectionTitleClass}>{words.legend}</legend>
        <ErrorSummary problem={problem} />
        <FormStatus message={saved ? words.saved : null} />
        {categories.map((c) => (
          <label key={c.category} className="flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-1 h-5 w-5 shrink-0"
              checked={on[c.category] ?? true}
              aria-describedby={`${c.category}-hint`}
              onChange={(e) => setOn((v) => ({ ...v, [c.category]: e.target.checked }))}
            />
            <span>
              <span className="font-medium">{c.label}</span>
              <span id={`${c.category}-hint`} className="block text-sm text-slate-600">
                {c.hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <PendingButton pending={pending} pendingLabel={words.saving}>
        {words.save}
      </PendingButton>
    </form>
  );
}
