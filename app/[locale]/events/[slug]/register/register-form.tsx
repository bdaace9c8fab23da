"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Notice } from "~/app/_components/notice";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import type { RegistrationRules } from "~/server/registrations/rules";
import { registrationSchemas } from "~/app/_components/lazy-schemas";
import {
  AnswerFields,
  answerAnchors,
  answerLabels,
  type AnswerValues,
  type CentreChoice,
} from "./answer-fields";
import { linkClass } from "~/app/_components/text-styles";

interface Values extends AnswerValues {
  name: string;
  alias: string;
  dateOfBirth: string;
  guardianEmail: string;
  acceptCodeOfConduct: boolean;
}

const labels = {
  name: "Your name",
  alias: "Nickname",
  ...answerLabels,
  dateOfBirth: "Date of birth",
  guardianEmail: "Parent or guardian's email",
  acceptCodeOfConduct: "Code of conduct",
};

/** Registers the caller, checking every answer against the event's rules before sending. */
export function RegisterForm({
  eventId,
  slug,
  centres,
  codeOfConductVersion,
  consentAge,
  minimumAge,
  startDate,
  rules,
  youngAge,
  profile,
  initialCentreId = "",
}: {
  /** The centre chosen to start with (a place a waiting list offered). */
  initialCentreId?: string;
  eventId: string;
  slug: string;
  centres: CentreChoice[];
  codeOfConductVersion: string;
  consentAge: number;
  minimumAge: number | null;
  startDate: string;
  /** The event's rules, checked here exactly as the server will check them. */
  rules: RegistrationRules;
  /** Below this age at the event start, a nickname is needed. */
  youngAge: number;
  /** The name and nickname already on the person's account, to start from. */
  profile: { name: string; alias: string };
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
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `register:${eventId}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });

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
        const done = await register.mutateAsync({ eventId, ...toInput(), experience, acceptCodeOfConduct });
        // A guardian registering a child's profile answers the consent form now (no email round trip).
        router.push(done.consentPath ?? `/events/${slug}/registration?registered=1`);
        router.refresh();
      },
      { keepPendingOnSuccess: true },
    );
  }

  const errors = problem?.fields ?? {};
  const guardian = rules.registeringGuardian;
  return (
    <form onSubmit={onSubmit} onFocus={() => void registrationSchemas()} noValidate className="space-y-6">
      <ErrorSummary problem={problem} labels={labels} anchors={answerAnchors} restored={restored} />
      {guardian ? (
        <Notice>
          You&apos;re registering {profile.name || "your child"}, whose profile you keep: answer for them. If
          they&apos;re under {consentAge} when the event starts, you give your consent straight after (we ask
          you, at {guardian}), and every email about them comes to you.
        </Notice>
      ) : null}
      <Field
        id="name"
        label="Your name"
        hint={`Your first name is enough. Your team and the organisers see it. If you're under ${youngAge}, we use only your first name, to tell your parent or guardian who is asking; everyone else sees your nickname.`}
        errors={errors.name}
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
        label={`Nickname (needed if you're under ${youngAge} when the event starts)`}
        hint={`If you're under ${youngAge}, other participants and the public see this nickname, never your name. Letters, digits, spaces, dots, hyphens and underscores; up to 30.`}
        errors={errors.alias}
      >
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
      />
      <Field
        id="dateOfBirth"
        label="Date of birth"
        hint={`We use it only to work out your age on ${startDate}, when the event starts${
          minimumAge ? ` (you must be at least ${minimumAge})` : ""
        }. Nobody else sees it: organisers see only an age band. It's a calendar date, so the event's time zone doesn't matter here.`}
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
          label={`Parent or guardian's email (if you're under ${consentAge} when the event starts)`}
          hint={`If you're under ${consentAge}, we email your parent or guardian a link to give their consent; you can take part once they have. Use their address, not yours. Leave it empty if you're ${consentAge} or over.`}
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
          <span>
            I have read and accept the event&apos;s code of conduct (version {codeOfConductVersion}): be kind,
            be respectful, and help everyone feel welcome.
          </span>
        </label>
        <p className="pl-6 text-sm">
          <a href={`/events/${slug}/code-of-conduct`} target="_blank" rel="noopener" className={linkClass}>
            Read the code of conduct (opens in a new tab)
          </a>
        </p>
      </div>
      <PendingButton pending={pending} pendingLabel="Registering…">
        Register
      </PendingButton>
    </form>
  );
}
