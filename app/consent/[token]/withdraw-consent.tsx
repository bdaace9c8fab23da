"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonClass } from "~/app/_components/field";
import { useFormProblem } from "~/app/_components/form-errors";
import { FormAlert } from "~/app/_components/form-status";
import { useTRPC } from "~/app/trpc/react";

/** The guardian withdraws consent; a tick box first, so it is never one accidental click. */
export function WithdrawConsent({ token, firstName }: { token: string; firstName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(trpc.registrations.withdrawConsent.mutationOptions());
  const { problem, setProblem, attempt } = useFormProblem();
  const [sure, setSure] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!sure) {
      setProblem({
        message: "Tick the box to confirm you want to withdraw consent.",
        fields: { sure: ["Tick the box to confirm"] },
      });
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
      <FormAlert message={problem?.message} />
      <div className="flex items-start gap-2">
        <input
          id="withdraw-sure"
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={sure}
          aria-invalid={problem?.fields.sure ? true : undefined}
          onChange={(e) => setSure(e.target.checked)}
        />
        <label htmlFor="withdraw-sure">I want to withdraw my consent for {firstName}</label>
      </div>
      <button type="submit" disabled={withdraw.isPending} className={buttonClass}>
        Withdraw consent
      </button>
    </form>
  );
}
