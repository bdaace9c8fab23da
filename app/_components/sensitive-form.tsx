"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useMemo, useState, type FormEvent } from "react";
import { buttonClass } from "./button-styles";
import { cardClass } from "./card";
import { ActionOutcome } from "./action-outcome";
import { PendingButton } from "./pending-button";
import { sectionTitleClass } from "./text-styles";
import { usePageAction } from "./use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { problemInPage, type ProblemWords } from "~/server/consent/problem-words";
import type { SensitiveField } from "~/server/sensitive/fields";

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
 * What the form says, in the page's language (the "ConsentForms" messages, read by the page:
 * sensitiveFormWords in server/consent/form-messages.ts). `intro` names whom the centre looks after.
 */
export interface SensitiveFormWords {
  heading: string;
  intro: string;
  medical: string;
  medicalHint: string;
  access: string;
  accessHint: string;
  emergency: string;
  emergencyName: string;
  emergencyRelationship: string;
  emergencyPhone: string;
  save: string;
  saving: string;
  saved: string;
  /** The link offered when the session ended before saving. */
  signInAgain: string;
}

/**
 * The sensitive information an event asks for, answered by a participant for themselves (`as: { eventId }`)
 * or by a guardian for their young person (`as: { token }`). Says who will see it. `problems` says its
 * problems in the page's language and `refusals` words the server's refusals by code (both empty in English).
 */
export function SensitiveForm({
  as,
  fields,
  answers,
  words,
  problems,
  refusals,
}: {
  as: { eventId: string } | { token: string };
  fields: SensitiveField[];
  answers: Answers | null;
  words: SensitiveFormWords;
  problems: ProblemWords;
  refusals: Partial<Record<string, string>>;
}) {
  const trpc = useTRPC();
  const saveMine = useMutation(trpc.sensitive.saveMine.mutationOptions());
  const saveByToken = useMutation(trpc.sensitive.saveByToken.mutationOptions());
  const action = usePageAction();
  const { pending, done, run } = action;
  const problem = useMemo(
    () => action.problem && problemInPage(action.problem, problems),
    [action.problem, problems],
  );
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
      words.saved,
      { domainMessages: refusals },
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
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
        {fields.includes("MEDICAL")
          ? field("medical", words.medical, { multiline: true, hint: words.medicalHint })
          : null}
        {fields.includes("ACCESS")
          ? field("access", words.access, { multiline: true, hint: words.accessHint })
          : null}
        {fields.includes("EMERGENCY_CONTACT") ? (
          <fieldset className="space-y-3">
            <legend className="font-medium">{words.emergency}</legend>
            {field("emergencyName", words.emergencyName)}
            {field("emergencyRelationship", words.emergencyRelationship)}
            {field("emergencyPhone", words.emergencyPhone, { type: "tel" })}
          </fieldset>
        ) : null}
        <PendingButton pending={pending} pendingLabel={words.saving} className={buttonClass}>
          {words.save}
        </PendingButton>
        <ActionOutcome done={done} problem={problem} signInLabel={words.signInAgain} />
      </form>
    </section>
  );
}
