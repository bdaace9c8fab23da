"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormProblem } from "~/app/_components/form-errors";
import { AddPersonForm, PeoplePanel, PersonRow, rowButtonClass } from "~/app/_components/people-panel";
import { useTRPC } from "~/app/trpc/react";
import { grantRoleInput } from "~/server/events/schema";

const roleNames = {
  ORGANISER: "Organiser",
  CENTRE_LEAD: "Centre lead",
  JUDGE: "Judge",
  MENTOR: "Mentor",
} as const;
type RoleKind = keyof typeof roleNames;

export interface RoleRow {
  id: string;
  role: RoleKind;
  user: { email: string; name: string | null };
}

export function RolesPanel({ eventId, roles }: { eventId: string; roles: RoleRow[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const grant = useMutation(trpc.events.grantRole.mutationOptions());
  const revoke = useMutation(trpc.events.revokeRole.mutationOptions());
  const { problem, setProblem, attempt } = useFormProblem();
  const revoking = useFormProblem();

  async function onGrant(person: { email: string; role: RoleKind }) {
    const checked = grantRoleInput.safeParse(person);
    if (!checked.success) {
      setProblem({
        message: "Enter a valid email address.",
        fields: { email: ["Enter a valid email address"] },
      });
      return false;
    }
    const granted = await attempt(() => grant.mutateAsync({ eventId, ...checked.data }));
    if (granted) router.refresh();
    return granted;
  }

  async function onRevoke(roleId: string) {
    revoking.setProblem(null);
    if (await revoking.attempt(() => revoke.mutateAsync({ eventId, roleId }))) router.refresh();
  }

  return (
    <PeoplePanel headingId="roles-heading" heading="People and roles" error={revoking.problem?.message}>
      <ul className="divide-y divide-slate-200">
        {roles.map((r) => (
          <PersonRow key={r.id} name={r.user.name} email={r.user.email} role={roleNames[r.role]}>
            <button type="button" onClick={() => void onRevoke(r.id)} className={rowButtonClass}>
              Remove
              <span className="sr-only">
                {" "}
                {roleNames[r.role]} {r.user.email}
              </span>
            </button>
          </PersonRow>
        ))}
      </ul>
      <AddPersonForm
        idPrefix="grant"
        heading="Add someone"
        submitLabel="Add role"
        roleNames={roleNames}
        initialRole="ORGANISER"
        onAdd={onGrant}
        pending={grant.isPending}
        problem={problem}
      />
    </PeoplePanel>
  );
}
