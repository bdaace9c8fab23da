"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Field, inputClass } from "~/app/_components/field";
import { problemFrom, type FormProblem } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/trpc/react";
import { updateProfileInput } from "~/server/users/schema";

export function ProfileForm({ initial }: { initial: { name: string; alias: string } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.users.updateProfile.mutationOptions());
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const checked = updateProfileInput.safeParse(values);
    if (!checked.success) {
      setProblem({ message: "Some answers need fixing.", fields: z.flattenError(checked.error).fieldErrors });
      return;
    }
    try {
      await save.mutateAsync(values);
      setProblem(null);
      setSaved(true);
      router.refresh();
    } catch (error) {
      setProblem(problemFrom(error));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {problem ? (
        <p role="alert" className="font-medium text-red-700">
          {problem.message}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          Saved.
        </p>
      ) : null}
      <Field
        id="name"
        label="Your name"
        hint="Shown to your team and the event's organisers."
        errors={problem?.fields.name}
      >
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
      <Field
        id="alias"
        label="Nickname (optional)"
        hint="If you are under 18, other participants and the public only ever see this nickname, never your name."
        errors={problem?.fields.alias}
      >
        {(a) => (
          <input
            {...a}
            className={inputClass}
            value={values.alias}
            onChange={(e) => setValues((v) => ({ ...v, alias: e.target.value }))}
          />
        )}
      </Field>
      <button
        type="submit"
        disabled={save.isPending}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        Save
      </button>
    </form>
  );
}
