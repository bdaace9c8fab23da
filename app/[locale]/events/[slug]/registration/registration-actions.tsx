"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { resendConsentInput } from "~/server/registrations/schema";
import { dangerOutlineButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { cardTitleClass } from "~/app/_components/text-styles";

/** Resending the guardian's consent email (while it is awaited) and withdrawing from the event. */
export function RegistrationActions({
  eventId,
  pendingConsent,
  guardianEmail,
}: {
  eventId: string;
  pendingConsent: boolean;
  guardianEmail: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const resend = useMutation(trpc.registrations.resendConsent.mutationOptions());
  const withdraw = useMutation(trpc.registrations.withdraw.mutationOptions());
  const [email, setEmail] = useState(guardianEmail);
  const resendForm = useFormProblem({
    key: `consent-resend:${eventId}`,
    values: { email },
    restore: (saved) => setEmail(draftOf({ email }, saved).email),
  });
  const [sent, setSent] = useState(false);
  const withdrawal = useFormProblem();

  async function onResend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(false);
    const checked = checkForm(resendConsentInput, { guardianEmail: email });
    if (checked.problem) {
      resendForm.setProblem(checked.problem);
      return;
    }
    if (await resendForm.attempt(() => resend.mutateAsync({ eventId, guardianEmail: email }))) {
      setSent(true);
      router.refresh();
    }
  }

  async function onWithdraw() {
    withdrawal.setProblem(null);
    const ok = await withdrawal.attempt(() => withdraw.mutateAsync({ eventId }));
    if (ok) router.refresh();
    return ok;
  }

  return (
    <div className="space-y-6">
      {pendingConsent ? (
        <form onSubmit={onResend} noValidate className={`space-y-3 ${cardClass}`}>
          <h2 className={cardTitleClass}>Send the consent email again</h2>
          <p className="text-sm text-slate-700">
            This sends a new link; the old one stops working. Fix the address here if it was mistyped.
          </p>
          <ErrorSummary
            problem={resendForm.problem}
            labels={{ guardianEmail: "Parent or guardian's email" }}
            anchors={{ guardianEmail: "resend-guardian-email" }}
            restored={resendForm.restored}
          />
          <FormStatus
            message={sent ? "Sent. Ask your parent or guardian to use the newest email." : null}
            variant="text"
          />
          <Field
            id="resend-guardian-email"
            label="Parent or guardian's email"
            errors={resendForm.problem?.fields.guardianEmail}
          >
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
          <PendingButton pending={resendForm.pending} pendingLabel="Sending…">
            Send again
          </PendingButton>
        </form>
      ) : null}
      <section aria-labelledby="withdraw-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="withdraw-heading" className={cardTitleClass}>
          Can&apos;t come any more?
        </h2>
        <ConfirmDialog
          trigger="Withdraw"
          triggerClassName={dangerOutlineButtonClass}
          triggerDisabled={withdrawal.pending}
          title="Withdraw from this event?"
          description={
            <p>Your place is given up at once. You can register again while registration is open.</p>
          }
          confirmLabel="Yes, withdraw"
          pendingLabel="Withdrawing…"
          cancelLabel="Keep my place"
          onConfirm={onWithdraw}
          problem={withdrawal.problem}
        />
      </section>
    </div>
  );
}
