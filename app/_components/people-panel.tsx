import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { Field, inputClass } from "./field";
import { ActionProblem, ErrorSummary } from "./error-summary";
import { draftOf, useKeptDraft, type FormProblem } from "./form-errors";
import { FormStatus } from "./form-status";
import { PendingButton } from "./pending-button";
import { cardClass } from "./card";
import { sectionTitleClass } from "./text-styles";
import { buttonClass } from "./button-styles";

/**
 * A panel of people who hold roles on something, with what came of the last thing done to one of them
 * (an error, or what changed).
 */
export function PeoplePanel({
  headingId,
  heading,
  problem,
  status,
  children,
}: {
  headingId: string;
  heading: string;
  problem: FormProblem | null;
  status?: string | null;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={`space-y-4 ${cardClass}`}>
      <h2 id={headingId} className={sectionTitleClass}>
        {heading}
      </h2>
      <ActionProblem problem={problem} />
      <FormStatus message={status} variant="text" />
      {children}
    </section>
  );
}

/** One person in a `divide-y` list: name (or email), email, role, and what can be done to them. */
export function PersonRow({
  name,
  email,
  role,
  children,
}: {
  name: string | null;
  email: string;
  role: string;
  children?: ReactNode;
}) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span>
        <span className="font-medium">{name ?? email}</span>
        {name ? <span className="text-slate-600"> ({email})</span> : null} — {role}
      </span>
      {children}
    </li>
  );
}

/** What AddPersonForm says itself (the "PeoplePanel" messages), read by the page. */
export interface AddPersonWords {
  email: string;
  role: string;
  sending: string;
}

/**
 * A form that gives someone, by email address, one of the roles in `roleNames` (offered in key order).
 * `onAdd` checks and sends it, and resolves to whether it worked; then the email box empties.
 */
export function AddPersonForm<R extends string>({
  idPrefix,
  heading,
  submitLabel,
  roleNames,
  initialRole,
  onAdd,
  pending,
  problem,
  status,
  extraLabels = {},
  draftKey,
  onRoleChange,
  children,
  words,
}: {
  idPrefix: string;
  heading: string;
  submitLabel: string;
  roleNames: Record<R, string>;
  initialRole: R;
  onAdd: (person: { email: string; role: R }) => Promise<boolean>;
  pending: boolean;
  problem: FormProblem | null;
  status?: string | null;
  /** Names of the fields `children` adds, for the error summary (their ids start with `${idPrefix}-`). */
  extraLabels?: Record<string, string>;
  /** Where the typed address is kept if the session ends (see useKeptDraft). */
  draftKey: string;
  /** Told when another role is chosen (e.g. to forget a centre picked for the previous one). */
  onRoleChange?: (role: R) => void;
  /** More fields that depend on the chosen role (e.g. the centre a centre lead leads). */
  children?: (role: R) => ReactNode;
  words: AddPersonWords;
}) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState(initialRole);
  const isRole = (value: string): value is R => Object.hasOwn(roleNames, value);
  const { restored, save } = useKeptDraft({
    key: draftKey,
    values: { email },
    restore: (saved) => setEmail(draftOf({ email: "" }, saved).email),
  });
  useEffect(() => {
    if (problem?.signIn) save();
  }, [problem, save]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await onAdd({ email, role })) setEmail("");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <h3 className="font-semibold">{heading}</h3>
      <ErrorSummary
        problem={problem}
        labels={{ email: words.email, role: words.role, ...extraLabels }}
        idPrefix={`${idPrefix}-`}
        restored={restored}
      />
      <FormStatus message={status} />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <Field id={`${idPrefix}-email`} label={words.email} errors={problem?.fields.email}>
          {(a) => (
            <input
              {...a}
              type="email"
              className={inputClass}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field id={`${idPrefix}-role`} label={words.role}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={role}
              onChange={(e) => {
                if (!isRole(e.target.value)) return;
                setRole(e.target.value);
                onRoleChange?.(e.target.value);
              }}
            >
              {Object.entries<string>(roleNames).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {children?.(role)}
      <PendingButton pending={pending} pendingLabel={words.sending} className={buttonClass}>
        {submitLabel}
      </PendingButton>
    </form>
  );
}
