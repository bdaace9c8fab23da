"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";

import { AddPersonForm, PeoplePanel, PersonRow, type AddPersonWords } from "~/app/_components/people-panel";
import { useTRPC } from "~/app/trpc/react";
import { inviteMemberInput, type OrganisationRole } from "~/server/organisations/schema";
import { rowButtonClass } from "~/app/_components/button-styles";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the members panel says (the "MembersPanel" messages, and AddPersonForm's "PeoplePanel" ones), read
 * by the page: `role` in the order the invitation form offers them; messages with `{email}`, `{role}` or
 * `{name}` are raw templates.
 */
export interface MembersPanelWords {
  heading: string;
  role: Record<OrganisationRole, string>;
  invited: string;
  alreadyInvited: string;
  onlyOwner: string;
  nowMember: string;
  nowOwner: string;
  makeMember: string;
  makeOwner: string;
  remove: string;
  removeTitle: string;
  removeBody: string;
  removed: string;
  pendingInvitations: string;
  inviteExpires: string;
  cancelInvitation: string;
  forEmail: string;
  cancelTitle: string;
  cancelBody: string;
  keepIt: string;
  cancelled: string;
  inviteHeading: string;
  sendInvitation: string;
  ownersInvite: string;
  people: AddPersonWords;
}

/** An organisation's members and pending invitations; owners invite, change roles and remove. */
export function MembersPanel({
  organisationId,
  canManage,
  members,
  invites,
  words,
}: {
  organisationId: string;
  canManage: boolean;
  members: { id: string; role: OrganisationRole; name: string | null; email: string }[];
  invites: { id: string; email: string; role: OrganisationRole; expiresAt: string }[];
  words: MembersPanelWords;
}) {
  const roleNames = words.role;
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
          ? fillTemplate(words.invited, { email: result.email })
          : fillTemplate(words.alreadyInvited, { email: result.email, role: roleNames[result.role] }),
      );
    });
    if (invited) router.refresh();
    return invited;
  }

  // The last owner can neither step down nor be removed (the server refuses it too): say so instead.
  const owners = members.filter((m) => m.role === "OWNER").length;

  return (
    <PeoplePanel headingId="members-heading" heading={words.heading} problem={acting.problem} status={done}>
      <ul className="divide-y divide-slate-200">
        {members.map((m) => (
          <PersonRow key={m.id} name={m.name} email={m.email} role={roleNames[m.role]}>
            {canManage && m.role === "OWNER" && owners === 1 ? (
              <span className="text-sm text-slate-600">{words.onlyOwner}</span>
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
                      fillTemplate(m.role === "OWNER" ? words.nowMember : words.nowOwner, { email: m.email }),
                    )
                  }
                  className={rowButtonClass}
                >
                  {m.role === "OWNER" ? words.makeMember : words.makeOwner}
                  <span className="sr-only"> {m.email}</span>
                </PendingButton>
                <ConfirmDialog
                  trigger={
                    <>
                      {words.remove}
                      <span className="sr-only"> {m.email}</span>
                    </>
                  }
                  triggerClassName={rowButtonClass}
                  triggerDisabled={acting.pending}
                  title={fillTemplate(words.removeTitle, { name: m.name ?? m.email })}
                  description={<p>{words.removeBody}</p>}
                  confirmLabel={words.remove}
                  onConfirm={() =>
                    run(
                      () => remove.mutateAsync({ organisationId, memberId: m.id }),
                      fillTemplate(words.removed, { email: m.email }),
                    )
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
              <h3 className="font-semibold">{words.pendingInvitations}</h3>
              <ul className="divide-y divide-slate-200">
                {invites.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      {fillTemplate(words.inviteExpires, { email: i.email, role: roleNames[i.role] })}{" "}
                      <time dateTime={i.expiresAt}>{i.expiresAt.slice(0, 10)}</time>
                    </span>
                    <ConfirmDialog
                      trigger={
                        <>
                          {words.cancelInvitation}
                          <span className="sr-only"> {fillTemplate(words.forEmail, { email: i.email })}</span>
                        </>
                      }
                      triggerClassName={rowButtonClass}
                      triggerDisabled={acting.pending}
                      title={fillTemplate(words.cancelTitle, { email: i.email })}
                      description={<p>{words.cancelBody}</p>}
                      confirmLabel={words.cancelInvitation}
                      cancelLabel={words.keepIt}
                      onConfirm={() =>
                        run(
                          () => revoke.mutateAsync({ organisationId, inviteId: i.id }),
                          fillTemplate(words.cancelled, { email: i.email }),
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
            heading={words.inviteHeading}
            submitLabel={words.sendInvitation}
            roleNames={roleNames}
            initialRole="MEMBER"
            onAdd={onInvite}
            pending={pending}
            problem={problem}
            status={sent}
            words={words.people}
          />
        </>
      ) : (
        <p className="text-sm text-slate-600">{words.ownersInvite}</p>
      )}
    </PeoplePanel>
  );
}
