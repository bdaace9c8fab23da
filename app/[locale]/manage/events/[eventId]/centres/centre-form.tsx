"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { Field, inputClass } from "~/app/_components/field";
import { ErrorSummary } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { centreDetails } from "~/server/centres/schema";
import { buttonClass, rowButtonClass } from "~/app/_components/button-styles";
import { fillTemplate } from "~/server/i18n/labels";

export interface CentreValues {
  name: string;
  addressLine: string;
  postcodeDistrict: string;
  capacity: string;
  accessibilityNotes: string;
  openingTimes: string;
}

export const emptyCentre: CentreValues = {
  name: "",
  addressLine: "",
  postcodeDistrict: "",
  capacity: "",
  accessibilityNotes: "",
  openingTimes: "",
};

/**
 * What the centre's fields say, read on the server: `names` (the "CentreDetails" messages) name the fields
 * (the error summary, the "Name" and "Places" labels), the rest are the "CentreForm" messages.
 */
export interface CentreFieldsWords {
  names: Record<keyof CentreValues, string>;
  capacityHint: string;
  addressLabel: string;
  addressHint: string;
  postcodeLabel: string;
  postcodeHint: string;
  openingLabel: string;
  openingHint: string;
  accessLabel: string;
  accessHint: string;
}

/** What the organisers' centre form says ("CentreForm"); `added` is a raw template ({name}). */
export interface CentreFormWords {
  fields: CentreFieldsWords;
  saved: string;
  added: string;
  saving: string;
  save: string;
  add: string;
}

/** What deleting a centre says ("CentreForm"), worded for that centre by the page. */
export interface DeleteCentreWords {
  delete: string;
  deleteTitle: string;
  deleteBody: string;
  deleteConfirm: string;
  deleting: string;
}

/** Adds a centre (no `centreId`) or edits one. */
export function CentreForm({
  eventId,
  centreId,
  initial = emptyCentre,
  words,
}: {
  eventId: string;
  centreId?: string;
  initial?: CentreValues;
  words: CentreFormWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.centres.create.mutationOptions());
  const update = useMutation(trpc.centres.update.mutationOptions());
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState<string | null>(null);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `centre:${centreId ?? `new:${eventId}`}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const prefix = centreId ? `centre-${centreId}` : "new-centre";
  const set = (key: keyof CentreValues) => (e: { target: { value: string } }) => {
    setSaved(null);
    setValues((v) => ({ ...v, [key]: e.target.value }));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const capacity = values.capacity.trim() === "" ? Number.NaN : Number(values.capacity);
    const checked = checkForm(centreDetails, { ...values, capacity });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const ok = await attempt(() =>
      centreId
        ? update.mutateAsync({ eventId, centreId, ...checked.data })
        : create.mutateAsync({ eventId, ...checked.data }),
    );
    if (!ok) return;
    if (!centreId) setValues(emptyCentre);
    setSaved(centreId ? words.saved : fillTemplate(words.added, { name: checked.data.name }));
    router.refresh();
  }

  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={words.fields.names}
        idPrefix={`${prefix}-`}
        anchors={{ accessibilityNotes: `${prefix}-access` }}
        restored={restored}
      />
      <FormStatus message={saved} />
      <CentreFields prefix={prefix} values={values} set={set} errors={errors} words={words.fields} />
      <PendingButton pending={pending} pendingLabel={words.saving} className={buttonClass}>
        {centreId ? words.save : words.add}
      </PendingButton>
    </form>
  );
}

/**
 * The centre's fields (name, places, address, postcode area, opening times, accessibility), each with its
 * error: the organisers' centre form and a venue's answer to an invitation share them. Ids are
 * `${prefix}-<field>` (accessibility: `${prefix}-access`).
 */
export function CentreFields({
  prefix,
  values,
  set,
  errors,
  words,
}: {
  prefix: string;
  values: CentreValues;
  set: (key: keyof CentreValues) => (e: { target: { value: string } }) => void;
  errors: Record<string, string[] | undefined>;
  words: CentreFieldsWords;
}) {
  const textFields = [
    { key: "addressLine", label: words.addressLabel, hint: words.addressHint },
    { key: "postcodeDistrict", label: words.postcodeLabel, hint: words.postcodeHint },
    { key: "openingTimes", label: words.openingLabel, hint: words.openingHint },
  ] as const;
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <Field id={`${prefix}-name`} label={words.names.name} errors={errors.name}>
          {(a) => <input {...a} className={inputClass} value={values.name} onChange={set("name")} />}
        </Field>
        <Field
          id={`${prefix}-capacity`}
          label={words.names.capacity}
          hint={words.capacityHint}
          errors={errors.capacity}
        >
          {(a) => (
            <input
              {...a}
              type="number"
              inputMode="numeric"
              min={1}
              className={inputClass}
              value={values.capacity}
              onChange={set("capacity")}
            />
          )}
        </Field>
      </div>
      {textFields.map((f) => (
        <Field key={f.key} id={`${prefix}-${f.key}`} label={f.label} hint={f.hint} errors={errors[f.key]}>
          {(a) => <input {...a} className={inputClass} value={values[f.key]} onChange={set(f.key)} />}
        </Field>
      ))}
      <Field
        id={`${prefix}-access`}
        label={words.accessLabel}
        hint={words.accessHint}
        errors={errors.accessibilityNotes}
      >
        {(a) => (
          <textarea
            {...a}
            rows={3}
            className={inputClass}
            value={values.accessibilityNotes}
            onChange={set("accessibilityNotes")}
          />
        )}
      </Field>
    </>
  );
}

/** Deletes a centre nobody chose, after a confirmation (the server refuses otherwise and says why). */
export function DeleteCentreButton({
  eventId,
  centreId,
  name,
  words,
}: {
  eventId: string;
  centreId: string;
  name: string;
  words: DeleteCentreWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.centres.delete.mutationOptions());
  const { problem, setProblem, attempt, pending } = useFormProblem();
  return (
    <ConfirmDialog
      trigger={
        <>
          {words.delete}
          <span className="sr-only"> {name}</span>
        </>
      }
      triggerClassName={rowButtonClass}
      triggerDisabled={pending}
      title={words.deleteTitle}
      description={<p>{words.deleteBody}</p>}
      confirmLabel={words.deleteConfirm}
      pendingLabel={words.deleting}
      onConfirm={async () => {
        const ok = await attempt(() => remove.mutateAsync({ eventId, centreId }));
        if (ok) router.refresh();
        return ok;
      }}
      problem={problem}
      onOpenChange={(open) => {
        if (open) setProblem(null);
      }}
    />
  );
}
