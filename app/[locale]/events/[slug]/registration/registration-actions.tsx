"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
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
import { problemInPage, type ProblemWords } from "~/server/consent/problem-words";

/** What the two forms say, in the page's language (the "RegistrationActions" messages, read by the page). */
export interface RegistrationActionsWords {
  resendTitle: string;
  resendBody: string;
  guardianEmail: string;
  resent: string;
  sending: string;
  sendAgain: string;
  withdrawHeading: string;
  withdraw: string;
  withdrawTitle: string;
  withdrawBody: string;
  withdrawConfirm: string;
  withdrawing: string;
  keepPlace: string;
}

/**
 * Resending the guardian's consent email (while it is awaited) and withdrawing from the event. Each form's
 * problems (English text → the page's language) and refusals (by code) come from the page, empty in English.
 */
export function RegistrationActions({
  eventId,
  pendingConsent,
  guardianEmail,
  words,
  resendProblems,
  resendRefusals,
  withdrawProblems,
  withdrawRefusals,
}: {
  eventId: string;
  pendingConsent: boolean;
  guardianEmail: string;
  words: RegistrationActionsWords;
  resendProblems: ProblemWords;
  resendRefusals: Partial<Record<string, string>>;
  withdrawProblems: ProblemWords;
  withdrawRefusals: Partial<Record<string, string>>;
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
  // Once per problem: a new object on every render would move focus to the summary on every keystroke.
  const resendProblem = useMemo(
    () => resendForm.problem && problemInPage(resendForm.problem, resendProblems),
    [resendForm.problem, resendProblems],
  );
  const withdrawalProblem = useMemo(
    () => withdrawal.problem && problemInPage(withdrawal.problem, withdrawProblems),
    [withdrawal.problem, withdrawProblems],
  );

  async function onResend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(false);
    const checked = checkForm(resendConsentInput, { guardianEmail: email });
    if (checked.problem) {
      resendForm.setProblem(checked.problem);
      return;
    }
    const options = { domainMessages: resendRefusals };
    if (await resendForm.attempt(() => resend.mutateAsync({ eventId, guardianEmail: email }), options)) {
      setSent(true);
      router.refresh();
    }
  }

  async function onWithdraw() {
    withdrawal.setProblem(null);
    const ok = await withdrawal.attempt(() => withdraw.mutateAsync({ eventId }), {
      domainMessages: withdrawRefusals,
    });
    if (ok) router.refresh();
    return ok;
  }

  return (
    <div className="space-y-6">
      {pendingConsent ? (
        <form onSubmit={onResend} noValidate className={`space-y-3 ${cardClass}`}>
          <h2 className={cardTitleClass}>{words.resendTitle}</h2>
          <p className="text-sm text-slate-700">{words.resendBody}</p>
          <ErrorSummary
            problem={resendProblem}
            labels={{ guardianEmail: words.guardianEmail }}
            anchors={{ guardianEmail: "resend-guardian-email" }}
            restored={resendForm.restored}
          />
          <FormStatus message={sent ? words.resent : null} variant="text" />
          <Field
            id="resend-guardian-email"
            label={words.guardianEmail}
            errors={resendProblem?.fields.guardianEmail}
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
          <PendingButton pending={resendForm.pending} pendingLabel={words.sending}>
            {words.sendAgain}
          </PendingButton>
        </form>
      ) : null}
      <section aria-labelledby="withdraw-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="withdraw-heading" className={cardTitleClass}>
          {words.withdrawHeading}
        </h2>
        <ConfirmDialog
          trigger={words.withdraw}
          triggerClassName={dangerOutlineButtonClass}
          triggerDisabled={withdrawal.pending}
          title={words.withdrawTitle}
          description={<p>{words.withdrawBody}</p>}
          confirmLabel={words.withdrawConfirm}
          pendingLabel={words.withdrawing}
          cancelLabel={words.keepPlace}
          onConfirm={onWithdraw}
          problem={withdrawalProblem}
        />
      </section>
    </div>
  );
}
