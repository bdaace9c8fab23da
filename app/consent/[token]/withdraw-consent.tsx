"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "~/app/_components/error-summary";
import { fixFieldsMessage, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";

/** The guardian withdraws consent; a tick box first, so it is never one accidental click. */
export function WithdrawConsent({ token, firstName }: { token: string; firstName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(trpc.registrations.withdrawConsent.mutationOptions());
  const { problem, setProblem, attempt, pending } = useFormProblem();
  const [sure, setSure] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!sure) {
      setProblem({ message: fixFieldsMessage, fields: { sure: ["Tick the box to confirm"] } });
      return;
    }
    if (await attempt(() => withdraw.mutateAsync({ token }))) router.refresh();
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="withdraw-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="withdraw-heading" className="text-xl font-semibold">
        Withdraw consent
      </h2>
      <p>
        If you withdraw, {firstName} can no longer take part: they can&apos;t change teams or attend, and
        their name is no longer shown with their project. They will be told by email. You can consent again
        later if they send you a new link.
      </p>
      <ErrorSummary
        problem={problem}
        labels={{ sure: "Withdraw my consent" }}
        anchors={{ sure: "withdraw-sure" }}
      />
      {problem?.fields.sure ? (
        <p id="withdraw-sure-error" className="text-sm font-medium text-red-700">
          {problem.fields.sure.join(". ")}
        </p>
      ) : null}
      <div className="flex items-start gap-2">
        <input
          id="withdraw-sure"
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={sure}
          aria-invalid={problem?.fields.sure ? true : undefined}
          aria-describedby={problem?.fields.sure ? "withdraw-sure-error" : undefined}
          onChange={(e) => setSure(e.target.checked)}
        />
        <label htmlFor="withdraw-sure">I want to withdraw my consent for {firstName}</label>
      </div>
      <PendingButton pending={pending} pendingLabel="Withdrawing…">
        Withdraw consent
      </PendingButton>
    </form>
  );
}
