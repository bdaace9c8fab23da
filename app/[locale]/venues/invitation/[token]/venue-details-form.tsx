"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonClass } from "~/app/_components/button-styles";
import { ErrorSummary } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { centreDetails } from "~/server/centres/schema";
import {
  CentreFields,
  type CentreFieldsWords,
  type CentreValues,
} from "~/app/[locale]/manage/events/[eventId]/centres/centre-form";

/** What the venue's form says: the centre's fields, and its button ("VenueInvitationPage"). */
export interface VenueDetailsWords {
  fields: CentreFieldsWords;
  sending: string;
  sendChanges: string;
  sendForApproval: string;
}

/**
 * The venue's answer to an invitation: the centre's details, checked as the organisers' centre form
 * checks them, sent for the organisers' approval (or changed while they wait).
 */
export function VenueDetailsForm({
  token,
  initial,
  resubmit,
  words,
}: {
  token: string;
  initial: CentreValues;
  /** The details were sent already: this changes them. */
  resubmit: boolean;
  words: VenueDetailsWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const submit = useMutation(trpc.venues.submit.mutationOptions());
  const [values, setValues] = useState(initial);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    // The token is the record: one draft per invitation (kept in this tab only).
    key: `venue:${token.slice(0, 12)}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const set = (key: keyof CentreValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const capacity = values.capacity.trim() === "" ? Number.NaN : Number(values.capacity);
    const checked = checkForm(centreDetails, { ...values, capacity });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const ok = await attempt(() => submit.mutateAsync({ token, ...checked.data }));
    if (ok) router.refresh();
  }

  const prefix = "venue";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={words.fields.names}
        idPrefix={`${prefix}-`}
        anchors={{ accessibilityNotes: `${prefix}-access` }}
        restored={restored}
      />
      <CentreFields
        prefix={prefix}
        values={values}
        set={set}
        errors={problem?.fields ?? {}}
        words={words.fields}
      />
      <PendingButton pending={pending} pendingLabel={words.sending} className={buttonClass}>
        {resubmit ? words.sendChanges : words.sendForApproval}
      </PendingButton>
    </form>
  );
}
