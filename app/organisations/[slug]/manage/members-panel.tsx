"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Field, inputClass } from "~/app/_components/field";
import { problemFrom, type FormProblem } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/trpc/react";
import { inviteMemberInput, type OrganisationRole } from "~/server/organisations/schema";

const roleNames: Record<OrganisationRole, string> = { OWNER: "Owner", MEMBER: "Member" };

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
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<OrganisationRole>("MEMBER");
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>) {
    setActionError(null);
    try {
      await action();
      router.refresh();
    } catch (error) {
      setActionError(problemFrom(error).message);
    }
  }

  async function onInvite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(null);
    const checked = inviteMemberInput.safeParse({ email, role });
    if (!checked.success) {
      setProblem({
        message: "Enter a valid email address.",
        fields: z.flattenError(checked.error).fieldErrors,
      });
      return;
    }
    try {
      await invite.mutateAsync({ organisationId, ...checked.data });
      setProblem(null);
      setSent(checked.data.email);
      setEmail("");
      router.refresh();
    } catch (error) {
      setProblem(problemFrom(error));
    }
  }

  return (
    <section
      aria-labelledby="members-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="members-heading" className="text-xl font-semibold">
        Members
      </h2>
      {actionError ? (
        <p role="alert" className="font-medium text-red-700">
          {actionError}
        </p>
      ) : null}
      <ul className="divide-y divide-slate-200">
        {members.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{m.name ?? m.email}</span>
              {m.name ? <span className="text-slate-600"> ({m.email})</span> : null} — {roleNames[m.role]}
            </span>
            {canManage ? (
              <span className="flex gap-2">
                <button
                  type="button"
                  onClick={() =>
                    void run(() =>
                      changeRole.mutateAsync({
                        organisationId,
                        memberId: m.id,
                        role: m.role === "OWNER" ? "MEMBER" : "OWNER",
                      }),
                    )
                  }
                  className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
                >
                  {m.role === "OWNER" ? "Make member" : "Make owner"}
                  <span className="sr-only"> {m.email}</span>
                </button>
                <button
                  type="button"
                  onClick={() => void run(() => remove.mutateAsync({ organisationId, memberId: m.id }))}
                  className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
                >
                  Remove<span className="sr-only"> {m.email}</span>
                </button>
              </span>
            ) : null}
          </li>
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
                    <button
                      type="button"
                      onClick={() => void run(() => revoke.mutateAsync({ organisationId, inviteId: i.id }))}
                      className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
                    >
                      Cancel invitation<span className="sr-only"> for {i.email}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <form onSubmit={onInvite} noValidate className="space-y-3">
            <h3 className="font-semibold">Invite someone</h3>
            {problem ? (
              <p role="alert" className="font-medium text-red-700">
                {problem.message}
              </p>
            ) : null}
            {sent ? (
              <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
                Invitation sent to {sent}. It works for 14 days.
              </p>
            ) : null}
            <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
              <Field id="invite-email" label="Email address" errors={problem?.fields.email}>
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
              <Field id="invite-role" label="Role">
                {(a) => (
                  <select
                    {...a}
                    className={inputClass}
                    value={role}
                    onChange={(e) => setRole(e.target.value === "OWNER" ? "OWNER" : "MEMBER")}
                  >
                    <option value="MEMBER">Member</option>
                    <option value="OWNER">Owner</option>
                  </select>
                )}
              </Field>
            </div>
            <button
              type="submit"
              disabled={invite.isPending}
              className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              Send invitation
            </button>
          </form>
        </>
      ) : (
        <p className="text-sm text-slate-600">Owners invite people and change roles.</p>
      )}
    </section>
  );
}
