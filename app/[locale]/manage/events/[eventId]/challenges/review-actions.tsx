"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, inputClass } from "~/app/_components/field";
import { ErrorSummary } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { TemplatePicker, type TemplatePickerWords } from "~/app/_components/template-picker";
import { useTRPC } from "~/app/trpc/react";
import type { ChallengeAction } from "~/server/challenges/rules";
import { requestChangesInput } from "~/server/challenges/schema";
import { buttonClass, secondaryButtonClass, successButtonClass } from "~/app/_components/button-styles";

/** What the review actions say (the "ReviewChallenges" messages), read by the page. */
export interface ReviewActionsWords {
  changesNeeded: string;
  changesNeededHint: string;
  requestChanges: string;
  changesRequested: string;
  approve: string;
  approved: string;
  publish: string;
  published: string;
}

/** An organiser's review of one challenge: approve, publish, or ask for changes with a comment. */
export function ReviewActions({
  eventId,
  challengeId,
  actions,
  templateWords,
  words,
}: {
  eventId: string;
  challengeId: string;
  actions: ChallengeAction[];
  /** The words of the template picker (templatePickerWords). */
  templateWords: TemplatePickerWords;
  words: ReviewActionsWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const approve = useMutation(trpc.challenges.approve.mutationOptions());
  const publish = useMutation(trpc.challenges.publish.mutationOptions());
  const requestChanges = useMutation(trpc.challenges.requestChanges.mutationOptions());
  const [comment, setComment] = useState("");
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `review-comment:${challengeId}`,
    values: { comment },
    restore: (saved) => setComment(draftOf({ comment: "" }, saved).comment),
  });
  // What the last review action did, so the organiser sees it worked (the badge above changes too).
  const [done, setDone] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>, message: string) {
    setProblem(null);
    setDone(null);
    if (await attempt(action)) {
      setComment("");
      setDone(message);
      router.refresh();
    }
  }

  function onRequestChanges(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(requestChangesInput, { challengeId, comment });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    void run(() => requestChanges.mutateAsync({ eventId, ...checked.data }), words.changesRequested);
  }

  if (actions.length === 0) return <FormStatus message={done} variant="text" />;
  const commentId = `comment-${challengeId}`;
  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      <ErrorSummary
        problem={problem}
        labels={{ comment: words.changesNeeded }}
        anchors={{ comment: commentId }}
        restored={restored}
      />
      <FormStatus message={done} variant="text" />
      {actions.includes("approve") ? (
        <PendingButton
          type="button"
          pending={pending}
          onClick={() => void run(() => approve.mutateAsync({ eventId, challengeId }), words.approved)}
          className={successButtonClass}
        >
          {words.approve}
        </PendingButton>
      ) : null}
      {actions.includes("publish") ? (
        <PendingButton
          type="button"
          pending={pending}
          onClick={() => void run(() => publish.mutateAsync({ eventId, challengeId }), words.published)}
          className={buttonClass}
        >
          {words.publish}
        </PendingButton>
      ) : null}
      {actions.includes("requestChanges") ? (
        <form onSubmit={onRequestChanges} noValidate className="space-y-2">
          <TemplatePicker
            eventId={eventId}
            use="CHALLENGE_CHANGES"
            challengeId={challengeId}
            onUse={(text) => setComment(text)}
            words={templateWords}
          />
          <Field
            id={commentId}
            label={words.changesNeeded}
            hint={words.changesNeededHint}
            errors={problem?.fields.comment}
          >
            {(a) => (
              <textarea
                {...a}
                rows={3}
                className={inputClass}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
            )}
          </Field>
          <PendingButton pending={pending} className={secondaryButtonClass}>
            {words.requestChanges}
          </PendingButton>
        </form>
      ) : null}
    </div>
  );
}
