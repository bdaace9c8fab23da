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

const textFields = [
  { key: "addressLine", label: "Address (optional)", hint: "The street and building people go to." },
  {
    key: "postcodeDistrict",
    label: "Postcode area (optional)",
    hint: "Only the first part of the postcode, e.g. LS1.",
  },
  { key: "openingTimes", label: "Opening times (optional)", hint: "For example: Saturday 9:00–18:00." },
] as const;

/** The fields' names, for the error summary. */
export const centreLabels = {
  name: "Name",
  capacity: "Places",
  addressLine: "Address",
  postcodeDistrict: "Postcode area",
  openingTimes: "Opening times",
  accessibilityNotes: "Accessibility",
};

/** Adds a centre (no `centreId`) or edits one. */
export function CentreForm({
  eventId,
  centreId,
  initial = emptyCentre,
}: {
  eventId: string;
  centreId?: string;
  initial?: CentreValues;
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
    setSaved(centreId ? "Centre saved." : `Centre “${checked.data.name}” added.`);
    router.refresh();
  }

  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={centreLabels}
        idPrefix={`${prefix}-`}
        anchors={{ accessibilityNotes: `${prefix}-access` }}
        restored={restored}
      />
      <FormStatus message={saved} />
      <CentreFields prefix={prefix} values={values} set={set} errors={errors} />
      <PendingButton pending={pending} pendingLabel="Saving…" className={buttonClass}>
        {centreId ? "Save centre" : "Add centre"}
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
}: {
  prefix: string;
  values: CentreValues;
  set: (key: keyof CentreValues) => (e: { target: { value: string } }) => void;
  errors: Record<string, string[] | undefined>;
}) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <Field id={`${prefix}-name`} label="Name" errors={errors.name}>
          {(a) => <input {...a} className={inputClass} value={values.name} onChange={set("name")} />}
        </Field>
        <Field
          id={`${prefix}-capacity`}
          label="Places"
          hint="How many people it can take."
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
        label="Accessibility (optional)"
        hint="Step-free access, quiet rooms, toilets, parking: what people need to know before they come."
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
}: {
  eventId: string;
  centreId: string;
  name: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.centres.delete.mutationOptions());
  const { problem, setProblem, attempt, pending } = useFormProblem();
  return (
    <ConfirmDialog
      trigger={
        <>
          Delete<span className="sr-only"> {name}</span>
        </>
      }
      triggerClassName={rowButtonClass}
      triggerDisabled={pending}
      title={`Delete the centre “${name}”?`}
      description={
        <p>
          It disappears from the event page and the registration form, and its centre leads lose that role.
          Nobody is registered there yet. To undo it, add the centre again.
        </p>
      }
      confirmLabel="Delete centre"
      pendingLabel="Deleting…"
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
