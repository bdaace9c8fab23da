"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonClass, rowButtonClass, rowPrimaryButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary, ActionProblem } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";
import { declineVenueInput, inviteVenueInput } from "~/server/venues/schema";

/**
 * What the invitation form says (the "VenueInvitations" messages), read on the server; `sent` and
 * `alreadySent` are raw templates ({email}).
 */
export interface InviteVenueWords {
  emailLabel: string;
  emailHint: string;
  venueLabel: string;
  venueHint: string;
  noteLabel: string;
  noteLabelOptional: string;
  noteHint: string;
  sent: string;
  alreadySent: string;
  sending: string;
  send: string;
}

/** What one invitation's actions say ("VenueInvitations"), worded for that invitation on the server. */
export interface VenueInvitationActionsWords {
  approve: string;
  approveTitle: string;
  approveBody: string;
  approveAfter: string;
  approving: string;
  approved: string;
  decline: string;
  declineTitle: string;
  declineBody: string;
  declineConfirm: string;
  declining: string;
  declined: string;
  reason: string;
  reasonHint: string;
  sending: string;
  resent: string;
  sendAgain: string;
  toEmail: string;
  withdraw: string;
  withdrawTitle: string;
  withdrawBody: string;
  withdrawing: string;
  withdrawn: string;
}

const emptyInvite = { email: "", venueName: "", message: "" };

/** Invites a venue to become a centre: the address of the person who would lead it, its name, a note. */
export function InviteVenueForm({ eventId, words }: { eventId: string; words: InviteVenueWords }) {
  const trpc = useTRPC();
  const router = useRouter();
  const invite = useMutation(trpc.venues.invite.mutationOptions());
  const [values, setValues] = useState(emptyInvite);
  const [sent, setSent] = useState<string | null>(null);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `venue-invite:${eventId}`,
    values,
    restore: (saved) => setValues(draftOf(emptyInvite, saved)),
  });
  const set = (key: keyof typeof emptyInvite) => (value: string) => {
    setSent(null);
    setValues((v) => ({ ...v, [key]: value }));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(null);
    const checked = checkForm(inviteVenueInput, values);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    let emailed = true;
    const ok = await attempt(async () => {
      emailed = (await invite.mutateAsync({ eventId, ...checked.data })).emailed;
    });
    if (!ok) return;
    setValues(emptyInvite);
    setSent(
      emailed
        ? fillTemplate(words.sent, { email: checked.data.email })
        : fillTemplate(words.alreadySent, { email: checked.data.email }),
    );
    router.refresh();
  }

  const inviteLabels = { email: words.emailLabel, venueName: words.venueLabel, message: words.noteLabel };
  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary problem={problem} labels={inviteLabels} idPrefix="invite-venue-" restored={restored} />
      <FormStatus message={sent} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id="invite-venue-email"
          label={words.emailLabel}
          hint={words.emailHint}
          type="email"
          autoComplete="off"
          errors={errors.email}
          value={values.email}
          onChange={set("email")}
        />
        <TextField
          id="invite-venue-venueName"
          label={words.venueLabel}
          hint={words.venueHint}
          errors={errors.venueName}
          value={values.venueName}
          onChange={set("venueName")}
        />
      </div>
      <Field
        id="invite-venue-message"
        label={words.noteLabelOptional}
        hint={words.noteHint}
        errors={errors.message}
      >
        {(a) => (
          <textarea
            {...a}
            rows={3}
            className={inputClass}
            value={values.message}
            onChange={(e) => set("message")(e.target.value)}
          />
        )}
      </Field>
      <PendingButton pending={pending} pendingLabel={words.sending} className={buttonClass}>
        {words.send}
      </PendingButton>
    </form>
  );
}

/**
 * What an organiser can do with one invitation: approve or decline (with a reason the venue is emailed)
 * what a venue sent, send an unanswered invitation again with a new link, or withdraw it.
 */
export function VenueInvitationActions({
  eventId,
  invitation,
  words,
}: {
  eventId: string;
  invitation: {
    id: string;
    status: "INVITED" | "SUBMITTED" | "APPROVED" | "DECLINED" | "WITHDRAWN";
    /** The venue's name: as submitted, or as invited. */
    name: string;
    email: string;
  };
  words: VenueInvitationActionsWords;
}) {
  const trpc = useTRPC();
  const approve = useMutation(trpc.venues.approve.mutationOptions());
  const decline = useMutation(trpc.venues.decline.mutationOptions());
  const withdraw = useMutation(trpc.venues.withdraw.mutationOptions());
  const resend = useMutation(trpc.venues.resend.mutationOptions());
  const action = usePageAction();
  const again = usePageAction();
  const [reason, setReason] = useState("");
  const ids = { eventId, invitationId: invitation.id };
  const { status, name } = invitation;
  // Once decided there is nothing left to do, but what was just done still says so (the page's refresh
  // brings the new status a moment after the confirmation).
  if (status !== "INVITED" && status !== "SUBMITTED") {
    return <FormStatus message={action.done ?? again.done} variant="text" />;
  }

  async function onDecline() {
    const checked = checkForm(declineVenueInput, { invitationId: invitation.id, reason });
    if (checked.problem) {
      action.setProblem(checked.problem);
      return false;
    }
    const ok = await action.run(() => decline.mutateAsync({ eventId, ...checked.data }), words.declined);
    if (ok) setReason("");
    return ok;
  }

  const sr = <span className="sr-only"> {name}</span>;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {status === "SUBMITTED" ? (
          <>
            <ConfirmDialog
              trigger={
                <>
                  {words.approve}
                  {sr}
                </>
              }
              triggerClassName={rowPrimaryButtonClass}
              triggerDisabled={action.pending}
              title={words.approveTitle}
              description={
                <>
                  <p>{words.approveBody}</p>
                  <p>{words.approveAfter}</p>
                </>
              }
              confirmLabel={words.approve}
              pendingLabel={words.approving}
              tone="default"
              onConfirm={() => action.run(() => approve.mutateAsync(ids), words.approved)}
              problem={action.problem}
              onOpenChange={action.reset}
            />
            <ConfirmDialog
              trigger={
                <>
                  {words.decline}
                  {sr}
                </>
              }
              triggerClassName={rowButtonClass}
              triggerDisabled={action.pending}
              title={words.declineTitle}
              description={<p>{words.declineBody}</p>}
              confirmLabel={words.declineConfirm}
              pendingLabel={words.declining}
              onConfirm={onDecline}
              problem={action.problem && !action.problem.fields.reason ? action.problem : null}
              onOpenChange={(open) => {
                action.reset(open);
                if (open) setReason("");
              }}
            >
              <Field
                id={`decline-${invitation.id}-reason`}
                label={words.reason}
                hint={words.reasonHint}
                errors={action.problem?.fields.reason}
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
          </>
        ) : (
          <PendingButton
            type="button"
            pending={again.pending}
            pendingLabel={words.sending}
            className={rowButtonClass}
            onClick={() => void again.run(() => resend.mutateAsync(ids), words.resent)}
          >
            {words.sendAgain}
            <span className="sr-only"> {words.toEmail}</span>
          </PendingButton>
        )}
        <ConfirmDialog
          trigger={
            <>
              {words.withdraw}
              {sr}
            </>
          }
          triggerClassName={rowButtonClass}
          triggerDisabled={action.pending}
          title={words.withdrawTitle}
          description={<p>{words.withdrawBody}</p>}
          confirmLabel={words.withdraw}
          pendingLabel={words.withdrawing}
          onConfirm={() => action.run(() => withdraw.mutateAsync(ids), words.withdrawn)}
          problem={action.problem}
          onOpenChange={action.reset}
        />
      </div>
      <ActionProblem problem={again.problem} />
      <FormStatus message={action.done ?? again.done} variant="text" />
    </div>
  );
}
