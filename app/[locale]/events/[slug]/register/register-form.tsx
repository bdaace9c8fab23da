"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Notice } from "~/app/_components/notice";
import { ErrorSummary, type ErrorSummaryWords } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import type { SiteLocale } from "~/server/http/locales.mjs";
import { problemInPage, type ProblemWords } from "~/server/consent/problem-words";
import type { RegistrationRules } from "~/server/registrations/rules";
import { registrationSchemas } from "~/app/_components/lazy-schemas";
import {
  AnswerFields,
  answerAnchors,
  answerLabels,
  type AnswerFieldsWords,
  type AnswerValues,
  type CentreChoice,
} from "./answer-fields";
import { linkClass } from "~/app/_components/text-styles";

/**
 * What the form says, in the page's language with the event's ages, date and code of conduct filled in
 * (the "Register" messages: registerFormWords, server/registrations/form-messages.ts).
 */
export interface RegisterFormWords {
  /** The notice to a guardian registering a child's profile they keep; null for anyone else. */
  registeringChild: string | null;
  name: string;
  nameHint: string;
  /** How the error summary names the nickname field. */
  alias: string;
  aliasLabel: string;
  aliasHint: string;
  dateOfBirth: string;
  dateOfBirthHint: string;
  /** How the error summary names the guardian's address. */
  guardianEmail: string;
  guardianEmailLabel: string;
  guardianEmailHint: string;
  /** How the error summary names the code of conduct's box. */
  codeOfConduct: string;
  acceptCodeOfConduct: string;
  readCodeOfConduct: string;
  register: string;
  registering: string;
}

interface Values extends AnswerValues {
  name: string;
  alias: string;
  dateOfBirth: string;
  guardianEmail: string;
  acceptCodeOfConduct: boolean;
}

/**
 * Registers the caller, checking every answer against the event's rules before sending. What it says
 * comes from the page in its language: `words` and `answerWords`, `problems` (English text → the page's
 * language; empty in English) and `refusals` (the server's refusals by code; none in English), and the
 * registration is made in `locale` (the emails about it are written in it).
 */
export function RegisterForm({
  eventId,
  centres,
  codeOfConductVersion,
  rules,
  profile,
  initialCentreId = "",
  locale,
  words,
  answerWords,
  summaryWords,
  problems,
  refusals,
  registrationHref,
  codeOfConductHref,
}: {
  /** The centre chosen to start with (a place a waiting list offered). */
  initialCentreId?: string;
  eventId: string;
  centres: CentreChoice[];
  codeOfConductVersion: string;
  /** The event's rules, checked here exactly as the server will check them. */
  rules: RegistrationRules;
  /** The name and nickname already on the person's account, to start from. */
  profile: { name: string; alias: string };
  locale: SiteLocale;
  words: RegisterFormWords;
  answerWords: AnswerFieldsWords;
  /** The error summary's own words; undefined in English. */
  summaryWords: ErrorSummaryWords | undefined;
  problems: ProblemWords;
  refusals: Partial<Record<string, string>>;
  /** The person's registration, in the page's language (where they go once registered). */
  registrationHref: string;
  codeOfConductHref: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const register = useMutation(trpc.registrations.register.mutationOptions());
  const initial: Values = {
    name: profile.name,
    alias: profile.alias,
    centreId: initialCentreId,
    experience: "",
    skills: [],
    tags: "",
    dateOfBirth: "",
    guardianEmail: "",
    acceptCodeOfConduct: false,
  };
  const [values, setValues] = useState<Values>(initial);
  // The first answer tells the server someone began (nothing typed is sent): if they don't finish, the
  // "registration closing soon" reminder can go to them.
  const markStarted = useMutation(trpc.registrations.markStarted.mutationOptions());
  const began = useRef(false);
  const changed = JSON.stringify(values) !== JSON.stringify(initial);
  useEffect(() => {
    if (!changed || began.current) return;
    began.current = true;
    markStarted.mutate({ eventId });
  }, [changed, eventId, markStarted]);
  const form = useFormProblem({
    key: `register:${eventId}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const { setProblem, attempt, pending, restored } = form;
  // Once per problem: a new object on every render would move focus to the summary on every keystroke.
  const problem = useMemo(
    () => form.problem && problemInPage(form.problem, problems),
    [form.problem, problems],
  );
  const labels = {
    name: words.name,
    alias: words.alias,
    ...answerLabels(answerWords),
    dateOfBirth: words.dateOfBirth,
    guardianEmail: words.guardianEmail,
    acceptCodeOfConduct: words.codeOfConduct,
  };

  const toInput = () => ({
    name: values.name,
    alias: values.alias,
    centreId: values.centreId,
    experience: values.experience,
    skills: values.skills,
    tags: values.tags.split(","),
    dateOfBirth: values.dateOfBirth,
    guardianEmail: values.guardianEmail,
    codeOfConductVersion,
    acceptCodeOfConduct: values.acceptCodeOfConduct,
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { registerInputFor } = await registrationSchemas();
    const checked = checkForm(registerInputFor(rules), toInput());
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const { experience, acceptCodeOfConduct } = checked.data;
    await attempt(
      async () => {
        // The raw values go to the server, which parses them with the same schema.
        const done = await register.mutateAsync({
          eventId,
          ...toInput(),
          experience,
          acceptCodeOfConduct,
          locale,
        });
        // A guardian registering a child's profile answers the consent form now (no email round trip).
        router.push(done.consentPath ?? `${registrationHref}?registered=1`);
        router.refresh();
      },
      { keepPendingOnSuccess: true, domainMessages: refusals },
    );
  }

  const errors = problem?.fields ?? {};
  const guardian = rules.registeringGuardian;
  return (
    <form onSubmit={onSubmit} onFocus={() => void registrationSchemas()} noValidate className="space-y-6">
      <ErrorSummary
        problem={problem}
        labels={labels}
        anchors={answerAnchors}
        restored={restored}
        words={summaryWords}
      />
      {guardian && words.registeringChild ? <Notice>{words.registeringChild}</Notice> : null}
      <Field id="name" label={words.name} hint={words.nameHint} errors={errors.name}>
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
      <Field id="alias" label={words.aliasLabel} hint={words.aliasHint} errors={errors.alias}>
        {(a) => (
          <input
            {...a}
            autoComplete="nickname"
            className={inputClass}
            value={values.alias}
            onChange={(e) => setValues((v) => ({ ...v, alias: e.target.value }))}
          />
        )}
      </Field>
      <AnswerFields
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        errors={errors}
        centres={centres}
        words={answerWords}
      />
      <Field
        id="dateOfBirth"
        label={words.dateOfBirth}
        hint={words.dateOfBirthHint}
        errors={errors.dateOfBirth}
      >
        {(a) => (
          <input
            {...a}
            type="date"
            autoComplete="bday"
            className={inputClass}
            value={values.dateOfBirth}
            onChange={(e) => setValues((v) => ({ ...v, dateOfBirth: e.target.value }))}
          />
        )}
      </Field>
      {guardian ? null : (
        <Field
          id="guardianEmail"
          label={words.guardianEmailLabel}
          hint={words.guardianEmailHint}
          errors={errors.guardianEmail}
        >
          {(a) => (
            <input
              {...a}
              type="email"
              className={inputClass}
              value={values.guardianEmail}
              onChange={(e) => setValues((v) => ({ ...v, guardianEmail: e.target.value }))}
            />
          )}
        </Field>
      )}
      <div className="space-y-1">
        {errors.acceptCodeOfConduct ? (
          <p id="coc-error" className="text-sm font-medium text-red-700">
            {errors.acceptCodeOfConduct.join(". ")}
          </p>
        ) : null}
        <label className="flex items-start gap-2">
          <input
            id="acceptCodeOfConduct"
            type="checkbox"
            className="mt-1"
            checked={values.acceptCodeOfConduct}
            aria-invalid={errors.acceptCodeOfConduct ? true : undefined}
            aria-describedby={errors.acceptCodeOfConduct ? "coc-error" : undefined}
            onChange={(e) => setValues((v) => ({ ...v, acceptCodeOfConduct: e.target.checked }))}
          />
          <span>{words.acceptCodeOfConduct}</span>
        </label>
        <p className="pl-6 text-sm">
          <a href={codeOfConductHref} target="_blank" rel="noopener" className={linkClass}>
            {words.readCodeOfConduct}
          </a>
        </p>
      </div>
      <PendingButton pending={pending} pendingLabel={words.registering}>
        {words.register}
      </PendingButton>
    </form>
  );
}
