"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useRequestKey } from "~/app/_components/request-key";
import { IMAGE_ACCEPT, imageFileProblem, readAsBase64 } from "~/app/_components/read-file";
import { useTRPC } from "~/app/trpc/react";
import {
  ORGANISATION_KINDS,
  createOrganisationInput,
  organisationKindLabels,
  type OrganisationKind,
} from "~/server/organisations/schema";
import { MARKDOWN_HINT } from "~/app/_components/markdown-hint";
import { buttonClass } from "./button-styles";

export interface OrganisationDetailsValues {
  name: string;
  kind: OrganisationKind;
  website: string;
  description: string;
}

/** What the organisation form says (the "OrganisationForm" messages), read by its pages. */
export interface OrganisationFormWords {
  name: string;
  kind: string;
  website: string;
  logo: string;
  description: string;
  formLabel: string;
  saved: string;
  websiteOptional: string;
  websiteHint: string;
  logoOptional: string;
  logoHint: string;
  descriptionOptional: string;
  saving: string;
  saveDetails: string;
  create: string;
}

const emptyDetails: OrganisationDetailsValues = { name: "", kind: "INDUSTRY", website: "", description: "" };

/**
 * The organisation's details. Without `organisationId` it creates one (with an optional logo, uploaded
 * once the organisation exists); with it, an owner edits the details (the logo has its own panel).
 */
export function OrganisationForm({
  organisationId,
  initial = emptyDetails,
  words,
}: {
  organisationId?: string;
  initial?: OrganisationDetailsValues;
  words: OrganisationFormWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.organisations.create.mutationOptions());
  const update = useMutation(trpc.organisations.update.mutationOptions());
  const setLogo = useMutation(trpc.organisations.setLogo.mutationOptions());
  const [values, setValues] = useState(initial);
  const logoInput = useRef<HTMLInputElement>(null);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `organisation:${organisationId ?? "new"}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const requestKey = useRequestKey();
  const [saved, setSaved] = useState(false);
  const editing = organisationId !== undefined;
  const set = (name: keyof OrganisationDetailsValues) => (e: { target: { value: string } }) => {
    setSaved(false);
    setValues((v) => ({ ...v, [name]: e.target.value }));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const logo = logoInput.current?.files?.[0];
    const logoProblem = logo ? imageFileProblem(logo) : null;
    const checked = checkForm(createOrganisationInput, values, logoProblem ? { logo: [logoProblem] } : {});
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    if (editing) {
      if (await attempt(() => update.mutateAsync({ organisationId, ...values }))) {
        setSaved(true);
        router.refresh();
      }
      return;
    }
    await attempt(
      async () => {
        const created = await create.mutateAsync({ ...values, requestKey: requestKey.current });
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
      },
      { keepPendingOnSuccess: true },
    );
  }

  const errors = problem?.fields ?? {};
  const labels = {
    name: words.name,
    kind: words.kind,
    website: words.website,
    logo: words.logo,
    description: words.description,
  };
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={words.formLabel}>
      <ErrorSummary problem={problem} labels={labels} idPrefix="org-" restored={restored} />
      <FormStatus variant="text" message={saved ? words.saved : null} />
      <Field id="org-name" label={words.name} errors={errors.name}>
        {(a) => <input {...a} className={inputClass} value={values.name} onChange={set("name")} />}
      </Field>
      <Field id="org-kind" label={words.kind} errors={errors.kind}>
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
      <Field id="org-website" label={words.websiteOptional} hint={words.websiteHint} errors={errors.website}>
        {(a) => (
          <input {...a} type="url" className={inputClass} value={values.website} onChange={set("website")} />
        )}
      </Field>
      {editing ? null : (
        <Field id="org-logo" label={words.logoOptional} hint={words.logoHint} errors={errors.logo}>
          {(a) => <input {...a} ref={logoInput} type="file" accept={IMAGE_ACCEPT} className="block" />}
        </Field>
      )}
      <Field
        id="org-description"
        label={words.descriptionOptional}
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
      <PendingButton pending={pending} pendingLabel={words.saving} className={buttonClass}>
        {editing ? words.saveDetails : words.create}
      </PendingButton>
    </form>
  );
}
