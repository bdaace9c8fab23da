"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { buttonClass } from "./button-styles";
import { cardClass } from "./card";
import { ActionOutcome } from "./action-outcome";
import { PendingButton } from "./pending-button";
import { sectionTitleClass } from "./text-styles";
import { usePageAction } from "./use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { SENSITIVE_FIELD_TEXT, type SensitiveField } from "~/server/sensitive/fields";

type Answers = {
  medical: string;
  access: string;
  emergencyName: string;
  emergencyRelationship: string;
  emergencyPhone: string;
};

const EMPTY: Answers = {
  medical: "",
  access: "",
  emergencyName: "",
  emergencyRelationship: "",
  emergencyPhone: "",
};

/**
 * The sensitive information an event asks for, answered by a participant for themselves (`as: { eventId }`)
 * or by a guardian for their young person (`as: { token }`). Says who will see it.
 */
export function SensitiveForm({
  as,
  fields,
  answers,
  about,
}: {
  as: { eventId: string } | { token: string };
  fields: SensitiveField[];
  answers: Answers | null;
  /** "you" or the young person's first name. */
  about: string;
}) {
  const trpc = useTRPC();
  const saveMine = useMutation(trpc.sensitive.saveMine.mutationOptions());
  const saveByToken = useMutation(trpc.sensitive.saveByToken.mutationOptions());
  const { problem, pending, done, run } = usePageAction();
  const [values, setValues] = useState<Answers>(answers ?? EMPTY);
  const id = useId();
  const set = (key: keyof Answers) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(
      () =>
        "token" in as
          ? saveByToken.mutateAsync({ token: as.token, ...values })
          : saveMine.mutateAsync({ eventId: as.eventId, ...values }),
      "Saved. Only the organisers and the centre's lead can see this.",
    );
  }

  const field = (
    key: keyof Answers,
    label: string,
    options: { multiline?: boolean; hint?: string; type?: string } = {},
  ) => {
    const errors = problem?.fields[key];
    const describedBy = [options.hint ? `${id}-${key}-hint` : null, errors ? `${id}-${key}-error` : null]
      .filter(Boolean)
      .join(" ");
    const common = {
      id: `${id}-${key}`,
      value: values[key],
      onChange: set(key),
      "aria-invalid": errors ? (true as const) : undefined,
      "aria-describedby": describedBy || undefined,
      className: "w-full rounded border border-slate-400 px-3 py-2",
    };
    return (
      <div className="space-y-1">
        <label htmlFor={`${id}-${key}`} className="block font-medium">
          {label}
        </label>
        {options.hint ? (
          <p id={`${id}-${key}-hint`} className="text-sm text-slate-700">
            {options.hint}
          </p>
        ) : null}
        {options.multiline ? (
          <textarea rows={3} {...common} />
        ) : (
          <input type={options.type ?? "text"} {...common} />
        )}
        {errors?.map((m) => (
          <p key={m} id={`${id}-${key}-error`} className="text-sm text-red-800">
            {m}
          </p>
        ))}
      </div>
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`} className={`space-y-3 ${cardClass}`}>
      <h2 id={`${id}-heading`} className={sectionTitleClass}>
        Information for the centre
      </h2>
      <p>
        The event asks for this so the centre can look after {about}. Only the organisers and the lead of the
        centre can see it, and every time they look is recorded. Leave anything that doesn&apos;t apply empty.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
        {fields.includes("MEDICAL")
          ? field("medical", SENSITIVE_FIELD_TEXT.MEDICAL.label, {
              multiline: true,
              hint: SENSITIVE_FIELD_TEXT.MEDICAL.hint,
            })
          : null}
        {fields.includes("ACCESS")
          ? field("access", SENSITIVE_FIELD_TEXT.ACCESS.label, {
              multiline: true,
              hint: SENSITIVE_FIELD_TEXT.ACCESS.hint,
            })
          : null}
        {fields.includes("EMERGENCY_CONTACT") ? (
          <fieldset className="space-y-3">
            <legend className="font-medium">{SENSITIVE_FIELD_TEXT.EMERGENCY_CONTACT.label}</legend>
            {field("emergencyName", "Their name")}
            {field("emergencyRelationship", "Relationship")}
            {field("emergencyPhone", "Phone number", { type: "tel" })}
          </fieldset>
        ) : null}
        <PendingButton pending={pending} pendingLabel="Saving…" className={buttonClass}>
          Save information for the centre
        </PendingButton>
        <ActionOutcome done={done} problem={problem} />
      </form>
    </section>
  );
}
