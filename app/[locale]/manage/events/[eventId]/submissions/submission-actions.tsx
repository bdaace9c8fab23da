"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { Field, inputClass } from "~/app/_components/field";
import { restoredMessage } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { disqualifyInput } from "~/server/submissions/schema";
import { rowButtonClass } from "~/app/_components/button-styles";
import { fillTemplate } from "~/server/i18n/labels";

type GalleryState = "CLOSED" | "OPENED_EARLY" | "OPEN_AFTER_DEADLINE";

/**
 * What the gallery control says (the "SubmissionActions" messages, read by the page). `closed`,
 * `openedEarly` and `closeBody2` are raw templates with `{deadline}`, filled in here.
 */
export interface GalleryControlWords {
  closed: string;
  openedEarly: string;
  openAfterDeadline: string;
  openTrigger: string;
  openTitle: string;
  openBody1: string;
  openBody2: string;
  openConfirm: string;
  opening: string;
  opened: string;
  closeTrigger: string;
  closeTitle: string;
  closeBody1: string;
  closeBody2: string;
  closeConfirm: string;
  closing: string;
  closedDone: string;
}

/** Where the public gallery stands, and opening it early or closing it again, each after a confirmation. */
export function GalleryControl({
  eventId,
  state,
  deadline,
  words,
}: {
  eventId: string;
  state: GalleryState;
  /** The submission deadline, already written out in the event's time zone. */
  deadline: string;
  words: GalleryControlWords;
}) {
  const trpc = useTRPC();
  const open = useMutation(trpc.submissions.openGallery.mutationOptions());
  const close = useMutation(trpc.submissions.closeGallery.mutationOptions());
  const { problem, pending, done, run, reset } = usePageAction();

  return (
    <div className="space-y-2" data-testid="gallery-control">
      <p>
        {state === "CLOSED"
          ? fillTemplate(words.closed, { deadline })
          : state === "OPENED_EARLY"
            ? fillTemplate(words.openedEarly, { deadline })
            : words.openAfterDeadline}
      </p>
      {state === "CLOSED" ? (
        <ConfirmDialog
          trigger={words.openTrigger}
          triggerClassName={rowButtonClass}
          triggerDisabled={pending}
          title={words.openTitle}
          description={
            <>
              <p>{words.openBody1}</p>
              <p>{words.openBody2}</p>
            </>
          }
          confirmLabel={words.openConfirm}
          pendingLabel={words.opening}
          tone="default"
          onConfirm={() => run(() => open.mutateAsync({ eventId }), words.opened)}
          problem={problem}
          onOpenChange={reset}
        />
      ) : null}
      {state === "OPENED_EARLY" ? (
        <ConfirmDialog
          trigger={words.closeTrigger}
          triggerClassName={rowButtonClass}
          triggerDisabled={pending}
          title={words.closeTitle}
          description={
            <>
              <p>{words.closeBody1}</p>
              <p>{fillTemplate(words.closeBody2, { deadline })}</p>
            </>
          }
          confirmLabel={words.closeConfirm}
          pendingLabel={words.closing}
          onConfirm={() => run(() => close.mutateAsync({ eventId }), words.closedDone)}
          problem={problem}
          onOpenChange={reset}
        />
      ) : null}
      <FormStatus message={done} variant="text" />
    </div>
  );
}

/**
 * What the decision on a project says (the "SubmissionActions" messages, read by the page). `disqualified`,
 * `reinstated`, `reinstateTitle` and `disqualifyTitle` are raw templates with `{title}`, filled in here.
 */
export interface ProjectDecisionWords {
  disqualified: string;
  reinstated: string;
  reinstateTrigger: string;
  reinstateTitle: string;
  reinstateBody: string;
  reinstateConfirm: string;
  reinstating: string;
  disqualifyTrigger: string;
  disqualifyTitle: string;
  disqualifyBody1: string;
  disqualifyBody2: string;
  disqualifyConfirm: string;
  disqualifying: string;
  reason: string;
  reasonHint: string;
}

/** Disqualify (with a reason the team is emailed) or reinstate one project, each after a confirmation. */
export function ProjectDecision({
  eventId,
  submissionId,
  title,
  disqualified,
  words,
}: {
  eventId: string;
  submissionId: string;
  title: string;
  disqualified: boolean;
  words: ProjectDecisionWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const disqualify = useMutation(trpc.submissions.disqualify.mutationOptions());
  const reinstate = useMutation(trpc.submissions.reinstate.mutationOptions());
  const [reason, setReason] = useState("");
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `disqualify:${submissionId}`,
    values: { reason },
    restore: (saved) => setReason(draftOf({ reason: "" }, saved).reason),
  });
  const [done, setDone] = useState<string | null>(null);

  const reset = (isOpen: boolean) => {
    if (isOpen) {
      setProblem(null);
      setDone(null);
    }
  };

  async function onDisqualify() {
    const checked = checkForm(disqualifyInput, { submissionId, reason });
    if (checked.problem) {
      setProblem(checked.problem);
      return false;
    }
    const ok = await attempt(() => disqualify.mutateAsync({ eventId, ...checked.data }));
    if (ok) {
      setDone(fillTemplate(words.disqualified, { title }));
      setReason("");
      router.refresh();
    }
    return ok;
  }

  async function onReinstate() {
    const ok = await attempt(() => reinstate.mutateAsync({ eventId, submissionId }));
    if (ok) {
      setDone(fillTemplate(words.reinstated, { title }));
      router.refresh();
    }
    return ok;
  }

  return (
    <div className="space-y-2">
      <FormStatus message={done} />
      {restored && !disqualified ? <FormStatus message={restoredMessage} /> : null}
      {disqualified ? (
        <ConfirmDialog
          trigger={words.reinstateTrigger}
          triggerClassName={rowButtonClass}
          triggerDisabled={pending}
          title={fillTemplate(words.reinstateTitle, { title })}
          description={<p>{words.reinstateBody}</p>}
          confirmLabel={words.reinstateConfirm}
          pendingLabel={words.reinstating}
          tone="default"
          onConfirm={onReinstate}
          problem={problem}
          onOpenChange={reset}
        />
      ) : (
        <ConfirmDialog
          trigger={words.disqualifyTrigger}
          triggerClassName="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
          triggerDisabled={pending}
          title={fillTemplate(words.disqualifyTitle, { title })}
          description={
            <>
              <p>{words.disqualifyBody1}</p>
              <p>{words.disqualifyBody2}</p>
            </>
          }
          confirmLabel={words.disqualifyConfirm}
          pendingLabel={words.disqualifying}
          onConfirm={onDisqualify}
          problem={problem && !problem.fields.reason ? problem : null}
          onOpenChange={reset}
        >
          <Field
            id="disqualify-reason"
            label={words.reason}
            hint={words.reasonHint}
            errors={problem?.fields.reason}
          >
            {(a) => (
              <textarea
                {...a}
                rows={3}
                className={inputClass}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
        </ConfirmDialog>
      )}
    </div>
  );
}
