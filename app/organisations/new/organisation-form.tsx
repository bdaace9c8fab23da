"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Field, inputClass } from "~/app/_components/field";
import { problemFrom, type FormProblem } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/trpc/react";
import {
  ORGANISATION_KINDS,
  createOrganisationInput,
  organisationKindLabels,
  type OrganisationKind,
} from "~/server/organisations/schema";

export function OrganisationForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.organisations.create.mutationOptions());
  const [values, setValues] = useState({
    name: "",
    kind: "INDUSTRY" as OrganisationKind,
    website: "",
    logoUrl: "",
    description: "",
  });
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = createOrganisationInput.safeParse(values);
    if (!checked.success) {
      setProblem({
        message: "Some answers need fixing. Check the fields marked below.",
        fields: z.flattenError(checked.error).fieldErrors,
      });
      return;
    }
    try {
      const created = await create.mutateAsync(values);
      router.push(`/organisations/${created.slug}/manage`);
    } catch (error) {
      setProblem(problemFrom(error));
    }
  }

  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {problem ? (
        <p role="alert" className="font-medium text-red-700">
          {problem.message}
        </p>
      ) : null}
      <Field id="org-name" label="Name" errors={errors.name}>
        {(a) => <input {...a} className={inputClass} value={values.name} onChange={set("name")} />}
      </Field>
      <Field id="org-kind" label="Kind of organisation" errors={errors.kind}>
        {(a) => (
          <select {...a} className={inputClass} value={values.kind} onChange={set("kind")}>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {organisationKindLabels[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="org-website"
        label="Website (optional)"
        hint="Starts with https:// or http://"
        errors={errors.website}
      >
        {(a) => (
          <input {...a} type="url" className={inputClass} value={values.website} onChange={set("website")} />
        )}
      </Field>
      <Field
        id="org-logo"
        label="Logo address (optional)"
        hint="The https:// address of an image. Uploading a logo comes later."
        errors={errors.logoUrl}
      >
        {(a) => (
          <input {...a} type="url" className={inputClass} value={values.logoUrl} onChange={set("logoUrl")} />
        )}
      </Field>
      <Field id="org-description" label="Short description (optional)" errors={errors.description}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            className={inputClass}
            value={values.description}
            onChange={set("description")}
          />
        )}
      </Field>
      <button
        type="submit"
        disabled={create.isPending}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        Create organisation
      </button>
    </form>
  );
}
