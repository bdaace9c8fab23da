"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useState } from "react";
import { Field, inputClass, rowButtonClass } from "~/app/_components/field";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { AddPersonForm, PeoplePanel, PersonRow } from "~/app/_components/people-panel";
import { useTRPC } from "~/app/trpc/react";
import { CENTRE_ROLES, grantRoleInput } from "~/server/events/schema";

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
  centre: { id: string; name: string } | null;
}

const atCentre = (role: RoleKind): boolean => (CENTRE_ROLES as readonly string[]).includes(role);

export function RolesPanel({
  eventId,
  roles,
  centres,
}: {
  eventId: string;
  roles: RoleRow[];
  centres: { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const grant = useMutation(trpc.events.grantRole.mutationOptions());
  const revoke = useMutation(trpc.events.revokeRole.mutationOptions());
  const { problem, setProblem, attempt, pending } = useFormProblem();
  const revoking = useFormProblem();
  const [centreId, setCentreId] = useState("");

  async function onGrant(person: { email: string; role: RoleKind }) {
    const checked = checkForm(grantRoleInput, { ...person, centreId: centreId || null });
    if (checked.problem) {
      setProblem(checked.problem);
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
    <PeoplePanel headingId="roles-heading" heading="People and roles" problem={revoking.problem}>
      <ul className="divide-y divide-slate-200">
        {roles.map((r) => (
          <PersonRow
            key={r.id}
            name={r.user.name}
            email={r.user.email}
            role={r.centre ? `${roleNames[r.role]}, ${r.centre.name}` : roleNames[r.role]}
          >
            <PendingButton
              type="button"
              pending={revoking.pending}
              onClick={() => void onRevoke(r.id)}
              className={rowButtonClass}
            >
              Remove
              <span className="sr-only">
                {" "}
                {roleNames[r.role]} {r.user.email}
              </span>
            </PendingButton>
          </PersonRow>
        ))}
      </ul>
      <AddPersonForm<RoleKind>
        idPrefix="grant"
        draftKey={`grant-role:${eventId}`}
        heading="Add someone"
        submitLabel="Add role"
        roleNames={roleNames}
        initialRole="ORGANISER"
        onAdd={onGrant}
        pending={pending}
        problem={problem}
        extraLabels={{ centreId: "Centre" }}
      >
        {(role) =>
          !atCentre(role) ? null : centres.length === 0 ? (
            <p className="text-sm text-slate-700">
              This event has no centres yet.{" "}
              <Link href={`/manage/events/${eventId}/centres`} className="text-brand-700 underline">
                Add a centre
              </Link>{" "}
              first{role === "MENTOR" ? " if the mentor works at one" : ""}.
            </p>
          ) : (
            <Field
              id="grant-centreId"
              label={role === "CENTRE_LEAD" ? "Centre" : "Centre (optional)"}
              errors={problem?.fields.centreId}
            >
              {(a) => (
                <select
                  {...a}
                  className={inputClass}
                  value={centreId}
                  onChange={(e) => setCentreId(e.target.value)}
                >
                  <option value="">
                    {role === "CENTRE_LEAD" ? "Choose a centre" : "No particular centre"}
                  </option>
                  {centres.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )
        }
      </AddPersonForm>
    </PeoplePanel>
  );
}
