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

type Child = RouterOutputs["guardians"]["children"][number];

const STATUS_TEXT = {
  PENDING_CONSENT: "waiting for your consent",
  CONFIRMED: "registered",
  WITHDRAWN: "withdrawn",
} as const;

/**
 * A guardian's children without an email address of their own: a profile each (first name and
 * nickname), registered and looked after from here. "Act for" switches the whole site to the child
 * (a plain form posting to /api/acting) until the guardian switches back.
 */
export function ChildrenSection({ initial }: { initial: Child[] }) {
  return (
    <section aria-labelledby="children-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="children-heading" className={cardTitleClass}>
        Children you register
      </h2>
      <p>
        For a child without an email address of their own: add them here, then act for them to register for an
        event, give your consent, and pick or leave a team. Every email about them comes to you.
      </p>
      {initial.length > 0 ? (
        <ul className="divide-y divide-slate-200">
          {initial.map((child) => (
            <ChildRow key={child.id} child={child} />
          ))}
        </ul>
      ) : null}
      <AddChildForm />
    </section>
  );
}

function ChildRow({ child }: { child: Child }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.guardians.removeChild.mutationOptions());
  const { problem, setProblem, attempt } = useFormProblem();
  const name = child.name ?? "your child";
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3">
      <div className="min-w-0">
        <p className="font-medium break-words">
          {name} <span className="font-normal text-slate-600">(nickname {child.alias})</span>
        </p>
        {child.registrations.length > 0 ? (
          <ul className={mutedClass}>
            {child.registrations.map((r) => (
              <li key={r.event.slug}>
                <Link href={`/events/${r.event.slug}`} className={linkClass}>
                  {r.event.name}
                </Link>
                : {STATUS_TEXT[r.status]}
              </li>
            ))}
          </ul>
        ) : (
          <p className={mutedClass}>Not registered for any event yet.</p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <form method="post" action="/api/acting">
          <input type="hidden" name="profileId" value={child.id} />
          <input type="hidden" name="next" value="/" />
          <button type="submit" className={rowPrimaryButtonClass}>
            Act for {name}
          </button>
        </form>
        <ConfirmDialog
          trigger={
            <>
              Remove<span className="sr-only"> {name}&apos;s profile</span>
            </>
          }
          triggerClassName={`${rowButtonClass} text-red-800`}
          title={`Remove ${name}'s profile?`}
          description={
            <p>
              Their registrations are withdrawn and their details deleted. Projects they made with a team
              stay, credited to &ldquo;Former participant&rdquo;. This can&apos;t be undone.
            </p>
          }
          confirmLabel="Remove profile"
          pendingLabel="Removing…"
          cancelLabel="Keep it"
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

function AddChildForm() {
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
      setAdded(`Added ${values.name.trim()}.`);
      setValues(empty);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-slate-200 pt-4">
      <h3 className="font-semibold">Add a child</h3>
      <ErrorSummary problem={problem} labels={{ name: "Their first name", alias: "Their nickname" }} />
      <FormStatus message={added} />
      <Field
        id="child-name"
        label="Their first name"
        hint="Only their team, the organisers and you see it."
        errors={problem?.fields.name}
      >
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
      <Field
        id="child-alias"
        label="Their nickname"
        hint="What other participants and the public see instead of their name. Letters, digits, spaces, dots, hyphens and underscores; up to 30."
        errors={problem?.fields.alias}
      >
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
      <PendingButton pending={pending} pendingLabel="Adding…">
        Add child
      </PendingButton>
    </form>
  );
}
