"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";

import { AddPersonForm, PeoplePanel, PersonRow } from "~/app/_components/people-panel";
import { useTRPC } from "~/app/trpc/react";
import { inviteMemberInput, type OrganisationRole } from "~/server/organisations/schema";
import { rowButtonClass } from "~/app/_components/button-styles";

// In the order the invitation form offers them.
const roleNames: Record<OrganisationRole, string> = { MEMBER: "Member", OWNER: "Owner" };

/** An organisation's members and pending invitations; owners invite, change roles and remove. */
export function MembersPanel({
  organisationId,
  canManage,
  members,
  invites,
}: {
  organisationId: string;
  canManage: boolean;
  members: { id: string; role: OrganisationRole; name: string | null; email: string }[];
  invites: { id: string; email: string; role: OrganisationRole; expiresAt: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const invite = useMutation(trpc.organisations.invite.mutationOptions());
  const revoke = useMutation(trpc.organisations.revokeInvite.mutationOptions());
  const changeRole = useMutation(trpc.organisations.changeRole.mutationOptions());
  const remove = useMutation(trpc.organisations.removeMember.mutationOptions());
  const { problem, setProblem, attempt, pending } = useFormProblem();
  const [sent, setSent] = useState<string | null>(null);
  const acting = useFormProblem();
  // What the last action on the list did; every action forgets the messages of the one before.
  const [done, setDone] = useState<string | null>(null);

  function forgetMessages() {
    setProblem(null);
    setSent(null);
    acting.setProblem(null);
    setDone(null);
  }

  async function run(action: () => Promise<unknown>, message: string): Promise<boolean> {
    forgetMessages();
    const ok = await acting.attempt(action);
    if (ok) {
      setDone(message);
      router.refresh();
    }
    return ok;
  }

  async function onInvite(person: { email: string; role: OrganisationRole }) {
    forgetMessages();
    const checked = checkForm(inviteMemberInput, person);
    if (checked.problem) {
      setProblem(checked.problem);
      return false;
    }
    const invited = await attempt(async () => {
      const result = await invite.mutateAsync({ organisationId, ...checked.data });
      setSent(
        result.emailed
          ? `Invitation sent to ${result.email}. It works for 14 days.`
          : `${result.email} already has a pending invitation (as ${roleNames[result.role]}); the link we emailed them still works. To send a new link, cancel that invitation first.`,
      );
    });
    if (invited) router.refresh();
    return invited;
  }

  // The last owner can neither step down nor be removed (the server refuses it too): say so instead.
  const owners = members.filter((m) => m.role === "OWNER").length;

  return (
    <PeoplePanel headingId="members-heading" heading="Members" problem={acting.problem} status={done}>
      <ul className="divide-y divide-slate-200">
        {members.map((m) => (
          <PersonRow key={m.id} name={m.name} email={m.email} role={roleNames[m.role]}>
            {canManage && m.role === "OWNER" && owners === 1 ? (
              <span className="text-sm text-slate-600">The only owner</span>
            ) : canManage ? (
              <span className="flex gap-2">
                <PendingButton
                  type="button"
                  pending={acting.pending}
                  onClick={() =>
                    void run(
                      () =>
                        changeRole.mutateAsync({
                          organisationId,
                          memberId: m.id,
                          role: m.role === "OWNER" ? "MEMBER" : "OWNER",
                        }),
                      `${m.email} is now ${m.role === "OWNER" ? "a member" : "an owner"}.`,
                    )
                  }
                  className={rowButtonClass}
                >
                  {m.role === "OWNER" ? "Make member" : "Make owner"}
                  <span className="sr-only"> {m.email}</span>
                </PendingButton>
                <ConfirmDialog
                  trigger={
                    <>
                      Remove<span className="sr-only"> {m.email}</span>
                    </>
                  }
                  triggerClassName={rowButtonClass}
                  triggerDisabled={acting.pending}
                  title={`Remove ${m.name ?? m.email} from the organisation?`}
                  description={
                    <p>
                      They can no longer edit its challenges or see its drafts. To undo it, invite them again.
                    </p>
                  }
                  confirmLabel="Remove"
                  onConfirm={() =>
                    run(() => remove.mutateAsync({ organisationId, memberId: m.id }), `Removed ${m.email}.`)
                  }
                  problem={acting.problem}
                  onOpenChange={(open) => {
                    if (open) forgetMessages();
                  }}
                />
              </span>
            ) : null}
          </PersonRow>
        ))}
      </ul>
      {canManage ? (
        <>
          {invites.length > 0 ? (
            <>
              <h3 className="font-semibold">Pending invitations</h3>
              <ul className="divide-y divide-slate-200">
                {invites.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      {i.email} — {roleNames[i.role]}, expires{" "}
                      <time dateTime={i.expiresAt}>{i.expiresAt.slice(0, 10)}</time>
                    </span>
                    <ConfirmDialog
                      trigger={
                        <>
                          Cancel invitation<span className="sr-only"> for {i.email}</span>
                        </>
                      }
                      triggerClassName={rowButtonClass}
                      triggerDisabled={acting.pending}
                      title={`Cancel the invitation for ${i.email}?`}
                      description={<p>The link in their email stops working. You can invite them again.</p>}
                      confirmLabel="Cancel invitation"
                      cancelLabel="Keep it"
                      onConfirm={() =>
                        run(
                          () => revoke.mutateAsync({ organisationId, inviteId: i.id }),
                          `Cancelled the invitation for ${i.email}.`,
                        )
                      }
                      problem={acting.problem}
                      onOpenChange={(open) => {
                        if (open) forgetMessages();
                      }}
                    />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <AddPersonForm
            idPrefix="invite"
            draftKey={`invite:${organisationId}`}
            heading="Invite someone"
            submitLabel="Send invitation"
            roleNames={roleNames}
            initialRole="MEMBER"
            onAdd={onInvite}
            pending={pending}
            problem={problem}
            status={sent}
          />
        </>
      ) : (
        <p className="text-sm text-slate-600">Owners invite people and change roles.</p>
      )}
    </PeoplePanel>
  );
}
