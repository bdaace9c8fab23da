"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";

import { useFormProblem } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/trpc/react";
import { cardClass } from "~/app/_components/card";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { buttonClass } from "~/app/_components/button-styles";

/** The guardian withdraws consent, after a confirmation that says what follows, so it is never one slip. */
export function WithdrawConsent({ token, firstName }: { token: string; firstName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(trpc.registrations.withdrawConsent.mutationOptions());
  const { problem, setProblem, attempt, pending } = useFormProblem();

  return (
    <section aria-labelledby="withdraw-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="withdraw-heading" className={sectionTitleClass}>
        Withdraw consent
      </h2>
      <p>
        If you withdraw, {firstName} can no longer take part: they can&apos;t change teams or attend, and
        their name is no longer shown with their project. They will be told by email. You can consent again
        later if they send you a new link.
      </p>
      <ConfirmDialog
        trigger="Withdraw consent"
        triggerClassName={buttonClass}
        triggerDisabled={pending}
        title={`Withdraw your consent for ${firstName}?`}
        description={
          <p>
            {firstName} can no longer take part or attend, and is told by email. You can consent again later
            with a new link.
          </p>
        }
        confirmLabel="Withdraw consent"
        pendingLabel="Withdrawing…"
        onConfirm={async () => {
          const ok = await attempt(() => withdraw.mutateAsync({ token }));
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
