"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { recordVettingInput } from "~/server/mentoring/schema";
import { VETTING_CHECKS, VETTING_CHECK_LABELS, type VettingCheck } from "~/server/mentoring/vetting";

interface Values {
  check: VettingCheck | "";
  checkDetail: string;
  checkedOn: string;
  expiresOn: string;
  verifiedBy: string;
  trainingOn: string;
}

/** What VettingForm says (the "MentorVettingForm" messages, the person's name filled in by the page). */
export interface VettingFormWords {
  /** The fields' labels, also named by the error summary. */
  labels: Record<keyof Values, string>;
  update: string;
  record: string;
  chooseCheck: string;
  checkDetailHint: string;
  expiresOnHint: string;
  verifiedByHint: string;
  noCertificate: string;
  saving: string;
  save: string;
  saved: string;
}

/** Three years on from a check's date: the renewal most organisations ask for. */
function threeYearsOn(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return "";
  d.setUTCFullYear(d.getUTCFullYear() + 3);
  return d.toISOString().slice(0, 10);
}

/** Records (or replaces) the vetting an organiser saw for one adult: folded away until opened. */
export function VettingForm({
  eventId,
  userId,
  current,
  words,
}: {
  eventId: string;
  userId: string;
  current: (Omit<Values, "check"> & { check: VettingCheck }) | null;
  words: VettingFormWords;
}) {
  const { labels } = words;
  const trpc = useTRPC();
  const save = useMutation(trpc.mentoring.recordVetting.mutationOptions());
  const form = usePageAction();
  const [values, setValues] = useState<Values>(
    current ?? { check: "", checkDetail: "", checkedOn: "", expiresOn: "", verifiedBy: "", trainingOn: "" },
  );
  const prefix = `vetting-${userId}-`;
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(recordVettingInput, { userId, ...values });
    if (checked.problem) {
      form.setProblem(checked.problem);
      return;
    }
    await form.run(() => save.mutateAsync({ eventId, ...checked.data }), words.saved);
  }

  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium text-brand-700">
        {current ? words.update : words.record}
      </summary>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="mt-3 space-y-3">
        <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
        <Field id={`${prefix}check`} label={labels.check} errors={form.problem?.fields.check}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.check}
              onChange={(e) => set({ check: e.target.value as VettingCheck })}
            >
              <option value="">{words.chooseCheck}</option>
              {VETTING_CHECKS.map((c) => (
                <option key={c} value={c}>
                  {VETTING_CHECK_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.check === "OTHER_EQUIVALENT" ? (
          <TextField
            id={`${prefix}checkDetail`}
            label={labels.checkDetail}
            hint={words.checkDetailHint}
            errors={form.problem?.fields.checkDetail}
            value={values.checkDetail}
            onChange={(checkDetail) => set({ checkDetail })}
          />
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${prefix}checkedOn`} label={labels.checkedOn} errors={form.problem?.fields.checkedOn}>
            {(a) => (
              <input
                {...a}
                type="date"
                className={inputClass}
                value={values.checkedOn}
                onChange={(e) =>
                  set({
                    checkedOn: e.target.value,
                    ...(values.expiresOn === "" ? { expiresOn: threeYearsOn(e.target.value) } : {}),
                  })
                }
              />
            )}
          </Field>
          <Field
            id={`${prefix}expiresOn`}
            label={labels.expiresOn}
            hint={words.expiresOnHint}
            errors={form.problem?.fields.expiresOn}
          >
            {(a) => (
              <input
                {...a}
                type="date"
                className={inputClass}
                value={values.expiresOn}
                onChange={(e) => set({ expiresOn: e.target.value })}
              />
            )}
          </Field>
        </div>
        <TextField
          id={`${prefix}verifiedBy`}
          label={labels.verifiedBy}
          hint={words.verifiedByHint}
          errors={form.problem?.fields.verifiedBy}
          value={values.verifiedBy}
          onChange={(verifiedBy) => set({ verifiedBy })}
        />
        <Field id={`${prefix}trainingOn`} label={labels.trainingOn} errors={form.problem?.fields.trainingOn}>
          {(a) => (
            <input
              {...a}
              type="date"
              className={inputClass}
              value={values.trainingOn}
              onChange={(e) => set({ trainingOn: e.target.value })}
            />
          )}
        </Field>
        <p className="text-sm text-slate-600">{words.noCertificate}</p>
        <PendingButton pending={form.pending} pendingLabel={words.saving}>
          {words.save}
        </PendingButton>
        <ActionOutcome done={form.done} problem={null} />
      </form>
    </details>
  );
}
