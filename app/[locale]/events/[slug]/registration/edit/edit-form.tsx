"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import type { RegistrationRules } from "~/server/registrations/rules";
import { updateRegistrationInputFor } from "~/server/registrations/schema";
import {
  AnswerFields,
  answerAnchors,
  answerLabels,
  type AnswerValues,
  type CentreChoice,
} from "../../register/answer-fields";

/** Changes a participant's centre, experience and skills; back to their registration when saved. */
export function EditRegistrationForm({
  eventId,
  slug,
  centres,
  initial,
  rules,
}: {
  eventId: string;
  slug: string;
  centres: CentreChoice[];
  initial: AnswerValues;
  rules: RegistrationRules;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.registrations.update.mutationOptions());
  const [values, setValues] = useState(initial);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `registration-answers:${eventId}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { ...values, tags: values.tags.split(",") };
    const checked = checkForm(updateRegistrationInputFor(rules), input);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const { experience } = checked.data;
    await attempt(
      async () => {
        await update.mutateAsync({ eventId, ...input, experience });
        router.push(`/events/${slug}/registration?updated=1`);
        router.refresh();
      },
      { keepPendingOnSuccess: true },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary problem={problem} labels={answerLabels} anchors={answerAnchors} restored={restored} />
      <AnswerFields
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        errors={problem?.fields ?? {}}
        centres={centres}
        currentCentreId={initial.centreId || null}
      />
      <PendingButton pending={pending} pendingLabel="Saving…">
        Save changes
      </PendingButton>
    </form>
  );
}
