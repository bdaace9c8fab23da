"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { updateProfileInput } from "~/server/users/schema";

/** What the form says (the "AccountProfile" messages, read by the page). */
export interface ProfileFormWords {
  name: string;
  nameHint: string;
  alias: string;
  aliasInSummary: string;
  aliasHint: string;
  saved: string;
  save: string;
  saving: string;
}

/** The name and nickname others see. */
export function ProfileForm({
  initial,
  words,
}: {
  initial: { name: string; alias: string };
  words: ProfileFormWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.users.updateProfile.mutationOptions());
  const [values, setValues] = useState(initial);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: "profile",
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const checked = checkForm(updateProfileInput, values);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    if (await attempt(() => save.mutateAsync(values))) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary
        problem={problem}
        labels={{ name: words.name, alias: words.aliasInSummary }}
        restored={restored}
      />
      <FormStatus message={saved ? words.saved : null} />
      <Field id="name" label={words.name} hint={words.nameHint} errors={problem?.fields.name}>
        {(a) => (
          <input
            {...a}
            autoComplete="name"
            className={inputClass}
            value={values.name}
            onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          />
        )}
      </Field>
      <Field id="alias" label={words.alias} hint={words.aliasHint} errors={problem?.fields.alias}>
        {(a) => (
          <input
            {...a}
            className={inputClass}
            value={values.alias}
            onChange={(e) => setValues((v) => ({ ...v, alias: e.target.value }))}
          />
        )}
      </Field>
      <PendingButton pending={pending} pendingLabel={words.saving}>
        {words.save}
      </PendingButton>
    </form>
  );
}
