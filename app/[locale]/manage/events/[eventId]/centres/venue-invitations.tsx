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
import { declineVenueInput, inviteVenueInput } from "~/server/venues/schema";

const inviteLabels = { email: "Email address", venueName: "Venue", message: "Note to the venue" };
const emptyInvite = { email: "", venueName: "", message: "" };

/** Invites a venue to become a centre: the address of the person who would lead it, its name, a note. */
export function InviteVenueForm({ eventId }: { eventId: string }) {
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
        ? `Invitation sent to ${checked.data.email}. It shows below until they answer.`
        : `${checked.data.email} already has this invitation: nothing new was sent.`,
    );
    router.refresh();
  }

  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary problem={problem} labels={inviteLabels} idPrefix="invite-venue-" restored={restored} />
      <FormStatus message={sent} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id="invite-venue-email"
          label="Email address"
          hint="Of the person who would lead the centre. Only they can answer."
          type="email"
          autoComplete="off"
          errors={errors.email}
          value={values.email}
          onChange={set("email")}
        />
        <TextField
          id="invite-venue-venueName"
          label="Venue"
          hint="Its name as you know it; they can correct it."
          errors={errors.venueName}
          value={values.venueName}
          onChange={set("venueName")}
        />
      </div>
      <Field
        id="invite-venue-message"
        label="Note to the venue (optional)"
        hint="Why you are asking them, and anything they should know. It is in the email."
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
      <PendingButton pending={pending} pendingLabel="Sending…" className={buttonClass}>
        Send the invitation
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
}: {
  eventId: string;
  invitation: {
    id: string;
    status: "INVITED" | "SUBMITTED" | "APPROVED" | "DECLINED" | "WITHDRAWN";
    /** The venue's name: as submitted, or as invited. */
    name: string;
    email: string;
  };
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
    const ok = await action.run(
      () => decline.mutateAsync({ eventId, ...checked.data }),
      `“${name}” is declined. ${invitation.email} has been emailed your reason.`,
    );
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
              trigger={<>Approve{sr}</>}
              triggerClassName={rowPrimaryButtonClass}
              triggerDisabled={action.pending}
              title={`Approve “${name}” as a centre?`}
              description={
                <>
                  <p>
                    The centre is added to the event with these details, shows on the event page and can be
                    chosen when people register. {invitation.email} becomes its centre lead and is emailed.
                  </p>
                  <p>You can edit or delete the centre afterwards like any other.</p>
                </>
              }
              confirmLabel="Approve"
              pendingLabel="Approving…"
              tone="default"
              onConfirm={() =>
                action.run(
                  () => approve.mutateAsync(ids),
                  `“${name}” is a centre now, led by ${invitation.email}.`,
                )
              }
              problem={action.problem}
              onOpenChange={action.reset}
            />
            <ConfirmDialog
              trigger={<>Decline…{sr}</>}
              triggerClassName={rowButtonClass}
              triggerDisabled={action.pending}
              title={`Decline “${name}”?`}
              description={
                <p>
                  {invitation.email} is emailed the reason you give, and can no longer send details with this
                  invitation. This can&apos;t be undone, but you can invite them again.
                </p>
              }
              confirmLabel="Decline"
              pendingLabel="Declining…"
              onConfirm={onDecline}
              problem={action.problem && !action.problem.fields.reason ? action.problem : null}
              onOpenChange={(open) => {
                action.reset(open);
                if (open) setReason("");
              }}
            >
              <Field
                id={`decline-${invitation.id}-reason`}
                label="Reason"
                hint="The venue reads this."
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
            pendingLabel="Sending…"
            className={rowButtonClass}
            onClick={() =>
              void again.run(
                () => resend.mutateAsync(ids),
                `A new link is on its way to ${invitation.email}; the old one no longer works.`,
              )
            }
          >
            Send again<span className="sr-only"> to {invitation.email}</span>
          </PendingButton>
        )}
        <ConfirmDialog
          trigger={<>Withdraw{sr}</>}
          triggerClassName={rowButtonClass}
          triggerDisabled={action.pending}
          title={`Withdraw the invitation for “${name}”?`}
          description={
            <p>
              The link stops working.
              {status === "SUBMITTED"
                ? ` ${invitation.email} sent the venue's details and is emailed that the invitation was withdrawn.`
                : ""}{" "}
              This can&apos;t be undone, but you can invite them again.
            </p>
          }
          confirmLabel="Withdraw"
          pendingLabel="Withdrawing…"
          onConfirm={() =>
            action.run(() => withdraw.mutateAsync(ids), `The invitation for “${name}” is withdrawn.`)
          }
          problem={action.problem}
          onOpenChange={action.reset}
        />
      </div>
      <ActionProblem problem={again.problem} />
      <FormStatus message={action.done ?? again.done} variant="text" />
    </div>
  );
}
