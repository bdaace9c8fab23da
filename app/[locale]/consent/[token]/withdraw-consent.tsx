"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";

import { useFormProblem } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/trpc/react";
import { cardClass } from "~/app/_components/card";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { buttonClass } from "~/app/_components/button-styles";
import { problemInPage, type ProblemWords } from "~/server/consent/problem-words";

/** What the section and its dialog say, in the page's language ("ConsentForms"; some name the young person). */
export interface WithdrawConsentWords {
  heading: string;
  body: string;
  trigger: string;
  title: string;
  dialog: string;
  confirm: string;
  pending: string;
  cancel: string;
}

/**
 * The guardian withdraws consent, after a confirmation that says what follows, so it is never one slip.
 * `words`, `problems` and `refusals` (by code; none in English) come from the page.
 */
export function WithdrawConsent({
  token,
  words,
  problems,
  refusals,
}: {
  token: string;
  words: WithdrawConsentWords;
  problems: ProblemWords;
  refusals: Partial<Record<string, string>>;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(trpc.registrations.withdrawConsent.mutationOptions());
  const form = useFormProblem();
  const { setProblem, attempt, pending } = form;
  const problem = useMemo(
    () => form.problem && problemInPage(form.problem, problems),
    [form.problem, problems],
  );

  return (
    <section aria-labelledby="withdraw-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="withdraw-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <p>{words.body}</p>
      <ConfirmDialog
        trigger={words.trigger}
        triggerClassName={buttonClass}
        triggerDisabled={pending}
        title={words.title}
        description={<p>{words.dialog}</p>}
        confirmLabel={words.confirm}
        pendingLabel={words.pending}
        cancelLabel={words.cancel}
        onConfirm={async () => {
          const ok = await attempt(() => withdraw.mutateAsync({ token }), { domainMessages: refusals });
          if (ok) router.refresh();
          return ok;
        }}
        problem={problem}
        onOpenChange={(open) => {
          if (open) setProblem(null);
        }}
      />
    </section>
  );
}
