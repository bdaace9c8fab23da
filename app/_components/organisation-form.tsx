"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { buttonClass, Field, inputClass } from "~/app/_components/field";
import {
  fixFieldsMessage,
  problemFrom,
  problemFromZod,
  type FormProblem,
} from "~/app/_components/form-errors";
import { FormAlert, FormStatus } from "~/app/_components/form-status";
import { IMAGE_ACCEPT, imageFileProblem, readAsBase64 } from "~/app/_components/read-file";
import { useTRPC } from "~/app/trpc/react";
import {
  ORGANISATION_KINDS,
  createOrganisationInput,
  organisationKindLabels,
  type OrganisationKind,
} from "~/server/organisations/schema";
import { MARKDOWN_HINT } from "~/app/_components/markdown-hint";

export interface OrganisationDetailsValues {
  name: string;
  kind: OrganisationKind;
  website: string;
  description: string;
}

const emptyDetails: OrganisationDetailsValues = { name: "", kind: "INDUSTRY", website: "", description: "" };

/**
 * The organisation's details. Without `organisationId` it creates one (with an optional logo, uploaded
 * once the organisation exists); with it, an owner edits the details (the logo has its own panel).
 */
export function OrganisationForm({
  organisationId,
  initial = emptyDetails,
}: {
  organisationId?: string;
  initial?: OrganisationDetailsValues;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.organisations.create.mutationOptions());
  const update = useMutation(trpc.organisations.update.mutationOptions());
  const setLogo = useMutation(trpc.organisations.setLogo.mutationOptions());
  const [values, setValues] = useState(initial);
  const logoInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const editing = organisationId !== undefined;
  const pending = create.isPending || update.isPending || setLogo.isPending;
  const set = (name: keyof OrganisationDetailsValues) => (e: { target: { value: string } }) => {
    setSaved(false);
    setValues((v) => ({ ...v, [name]: e.target.value }));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const checked = createOrganisationInput.safeParse(values);
    const logo = logoInput.current?.files?.[0];
    const logoProblem = logo ? imageFileProblem(logo) : null;
    if (!checked.success || logoProblem) {
      const fields = checked.success ? {} : problemFromZod(checked.error).fields;
      setProblem({
        message: fixFieldsMessage,
        fields: { ...fields, ...(logoProblem ? { logo: [logoProblem] } : {}) },
      });
      return;
    }
    try {
      if (editing) {
        await update.mutateAsync({ organisationId, ...values });
        setProblem(null);
        setSaved(true);
        router.refresh();
        return;
      }
      const created = await create.mutateAsync(values);
      let logoFailed = false;
      if (logo) {
        try {
          await setLogo.mutateAsync({ organisationId: created.id, dataBase64: await readAsBase64(logo) });
        } catch {
          logoFailed = true;
        }
      }
      // The organisation exists now: never stay on a form that would create it twice.
      router.push(`/organisations/${created.slug}/manage${logoFailed ? "?logo=failed" : ""}`);
    } catch (error) {
      setProblem(problemFrom(error));
    }
  }

  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Organisation details">
      <FormAlert message={problem?.message} />
      <FormStatus variant="text" message={saved ? "Details saved." : null} />
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
      {editing ? null : (
        <Field
          id="org-logo"
          label="Logo (optional)"
          hint="A PNG, JPEG, WebP or GIF image of at most 2 MB. You can change it later."
          errors={errors.logo}
        >
          {(a) => <input {...a} ref={logoInput} type="file" accept={IMAGE_ACCEPT} className="block" />}
        </Field>
      )}
      <Field
        id="org-description"
        label="Short description (optional)"
        hint={MARKDOWN_HINT}
        errors={errors.description}
      >
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
      <button type="submit" disabled={pending} className={buttonClass}>
        {editing ? "Save details" : "Create organisation"}
      </button>
    </form>
  );
}
