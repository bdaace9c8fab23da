"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { ErrorSummary, type ErrorSummaryWords } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { problemInPage, type ProblemWords } from "~/server/consent/problem-words";
import type { RegistrationRules } from "~/server/registrations/rules";
import { updateRegistrationInputFor } from "~/server/registrations/schema";
import {
  AnswerFields,
  answerAnchors,
  answerLabels,
  type AnswerFieldsWords,
  type AnswerValues,
  type CentreChoice,
} from "../../register/answer-fields";

/** What the form's button says, in the page's language (the "RegistrationEdit" messages). */
export interface EditRegistrationWords {
  save: string;
  saving: string;
}

/**
 * Changes a participant's centre, experience and skills; back to their registration (`registrationHref`,
 * in the page's language) when saved. Its words come from the page, with `problems` (English text → the
 * page's language; empty in English).
 */
export function EditRegistrationForm({
  eventId,
  centres,
  initial,
  rules,
  words,
  answerWords,
  summaryWords,
  problems,
  registrationHref,
}: {
  eventId: string;
  centres: CentreChoice[];
  initial: AnswerValues;
  rules: RegistrationRules;
  words: EditRegistrationWords;
  answerWords: AnswerFieldsWords;
  /** The error summary's own words; undefined in English. */
  summaryWords: ErrorSummaryWords | undefined;
  problems: ProblemWords;
  registrationHref: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.registrations.update.mutationOptions());
  const [values, setValues] = useState(initial);
  const form = useFormProblem({
    key: `registration-answers:${eventId}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const { setProblem, attempt, pending, restored } = form;
  // Once per problem: a new object on every render would move focus to the summary on every keystroke.
  const problem = useMemo(
    () => form.problem && problemInPage(form.problem, problems),
    [form.problem, problems],
  );

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
        router.push(`${registrationHref}?updated=1`);
        router.refresh();
      },
      { keepPendingOnSuccess: true },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary
        problem={problem}
        labels={answerLabels(answerWords)}
        anchors={answerAnchors}
        restored={restored}
        words={summaryWords}
      />
      <AnswerFields
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        errors={problem?.fields ?? {}}
        centres={centres}
        currentCentreId={initial.centreId || null}
        words={answerWords}
      />
      <PendingButton pending={pending} pendingLabel={words.saving}>
        {words.save}
      </PendingButton>
    </form>
  );
}
