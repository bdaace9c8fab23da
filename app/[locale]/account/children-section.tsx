"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { rowButtonClass, rowPrimaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { cardTitleClass, linkClass, mutedClass } from "~/app/_components/text-styles";
import type { RouterOutputs } from "~/app/trpc/types";
import { useTRPC } from "~/app/trpc/react";
import { addChildInput } from "~/server/guardians/schema";
import { fillTemplate } from "~/server/i18n/labels";

type Child = RouterOutputs["guardians"]["children"][number];

/**
 * What the section says (the "AccountChildren" messages, read by the page). `nickname`, `actFor`,
 * `removeWhose`, `removeTitle` and `added` are raw templates filled in here (fillTemplate).
 */
export interface ChildrenSectionWords {
  title: string;
  intro: string;
  status: Record<Child["registrations"][number]["status"], string>;
  yourChild: string;
  nickname: string;
  notRegistered: string;
  actFor: string;
  remove: string;
  removeWhose: string;
  removeTitle: string;
  removeDescription: string;
  removeConfirm: string;
  removing: string;
  keep: string;
  addTitle: string;
  name: string;
  nameHint: string;
  alias: string;
  aliasHint: string;
  added: string;
  add: string;
  adding: string;
}

/**
 * A guardian's children without an email address of their own: a profile each (first name and
 * nickname), registered and looked after from here. "Act for" switches the whole site to the child
 * (a plain form posting to /api/acting) until the guardian switches back.
 */
export function ChildrenSection({ initial, words }: { initial: Child[]; words: ChildrenSectionWords }) {
  return (
    <section aria-labelledby="children-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="children-heading" className={cardTitleClass}>
        {words.title}
      </h2>
      <p>{words.intro}</p>
      {initial.length > 0 ? (
        <ul className="divide-y divide-slate-200">
          {initial.map((child) => (
            <ChildRow key={child.id} child={child} words={words} />
          ))}
        </ul>
      ) : null}
      <AddChildForm words={words} />
    </section>
  );
}

function ChildRow({ child, words }: { child: Child; words: ChildrenSectionWords }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.guardians.removeChild.mutationOptions());
  const { problem, setProblem, attempt } = useFormProblem();
  const name = child.name ?? words.yourChild;
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3">
      <div className="min-w-0">
        <p className="font-medium break-words">
          {name}{" "}
          <span className="font-normal text-slate-600">
            {fillTemplate(words.nickname, { alias: child.alias ?? "" })}
          </span>
        </p>
        {child.registrations.length > 0 ? (
          <ul className={mutedClass}>
            {child.registrations.map((r) => (
              <li key={r.event.slug}>
                <Link href={`/events/${r.event.slug}`} className={linkClass}>
                  {r.event.name}
                </Link>
                : {words.status[r.status]}
              </li>
            ))}
          </ul>
        ) : (
          <p className={mutedClass}>{words.notRegistered}</p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <form method="post" action="/api/acting">
          <input type="hidden" name="profileId" value={child.id} />
          <input type="hidden" name="next" value="/" />
          <button type="submit" className={rowPrimaryButtonClass}>
            {fillTemplate(words.actFor, { name })}
          </button>
        </form>
        <ConfirmDialog
          trigger={
            <>
              {words.remove}
              <span className="sr-only"> {fillTemplate(words.removeWhose, { name })}</span>
            </>
          }
          triggerClassName={`${rowButtonClass} text-red-800`}
          title={fillTemplate(words.removeTitle, { name })}
          description={<p>{words.removeDescription}</p>}
          confirmLabel={words.removeConfirm}
          pendingLabel={words.removing}
          cancelLabel={words.keep}
          onConfirm={async () => {
            const ok = await attempt(() => remove.mutateAsync({ childId: child.id }));
            if (ok) router.refresh();
            return ok;
          }}
          problem={problem}
          onOpenChange={(open) => {
            if (open) setProblem(null);
          }}
        />
      </div>
    </li>
  );
}

function AddChildForm({ words }: { words: ChildrenSectionWords }) {
  const trpc = useTRPC();
  const router = useRouter();
  const add = useMutation(trpc.guardians.addChild.mutationOptions());
  const empty = { name: "", alias: "" };
  const [values, setValues] = useState(empty);
  const [added, setAdded] = useState<string | null>(null);
  const { problem, setProblem, attempt, pending } = useFormProblem();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const checked = checkForm(addChildInput, values);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    if (await attempt(() => add.mutateAsync(values))) {
      setAdded(fillTemplate(words.added, { name: values.name.trim() }));
      setValues(empty);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-slate-200 pt-4">
      <h3 className="font-semibold">{words.addTitle}</h3>
      <ErrorSummary problem={problem} labels={{ name: words.name, alias: words.alias }} />
      <FormStatus message={added} />
      <Field id="child-name" label={words.name} hint={words.nameHint} errors={problem?.fields.name}>
        {(a) => (
          <input
            {...a}
            autoComplete="off"
            className={inputClass}
            value={values.name}
            onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          />
        )}
      </Field>
      <Field id="child-alias" label={words.alias} hint={words.aliasHint} errors={problem?.fields.alias}>
        {(a) => (
          <input
            {...a}
            autoComplete="off"
            className={inputClass}
            value={values.alias}
            onChange={(e) => setValues((v) => ({ ...v, alias: e.target.value }))}
          />
        )}
      </Field>
      <PendingButton pending={pending} pendingLabel={words.adding}>
        {words.add}
      </PendingButton>
    </form>
  );
}
