"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { AddPersonForm, PeoplePanel, PersonRow } from "~/app/_components/people-panel";
import { useTRPC } from "~/app/trpc/react";
import { CENTRE_ROLES } from "~/server/events/policy";

// The input's schema (zod) is fetched when someone adds a person, not with the page.
const loadRoleSchema = () => import("~/server/events/role-schema");
import { linkClass } from "~/app/_components/text-styles";
import { rowButtonClass } from "~/app/_components/button-styles";

const roleNames = {
  ORGANISER: "Organiser",
  CENTRE_LEAD: "Centre lead",
  JUDGE: "Judge",
  MENTOR: "Mentor",
  SAFEGUARDING_LEAD: "Safeguarding lead",
} as const;
type RoleKind = keyof typeof roleNames;

export interface RoleRow {
  id: string;
  role: RoleKind;
  user: { email: string; name: string | null };
  centre: { id: string; name: string } | null;
}

const atCentre = (role: RoleKind): boolean => (CENTRE_ROLES as readonly string[]).includes(role);

const roleText = (role: RoleKind, centreName: string | null | undefined) =>
  centreName ? `${roleNames[role]}, ${centreName}` : roleNames[role];

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
  const granting = useFormProblem();
  const revoking = useFormProblem();
  const [centreId, setCentreId] = useState("");
  // What the last action did; each action replaces the other's messages, so none outlives its action.
  const [added, setAdded] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  function forgetMessages() {
    granting.setProblem(null);
    revoking.setProblem(null);
    setAdded(null);
    setRemoved(null);
  }

  async function onGrant(person: { email: string; role: RoleKind }) {
    forgetMessages();
    // Every problem at once (an address and a missing centre together), as the server would say them.
    const { grantRoleInput } = await loadRoleSchema();
    const checked = checkForm(grantRoleInput, { ...person, centreId: centreId || null });
    if (checked.problem) {
      granting.setProblem(checked.problem);
      return false;
    }
    const ok = await granting.attempt(() => grant.mutateAsync({ eventId, ...checked.data }));
    if (ok) {
      const centre = centres.find((c) => c.id === checked.data.centreId)?.name;
      setAdded(`Added ${checked.data.email} as ${roleText(checked.data.role, centre)}.`);
      setCentreId("");
      router.refresh();
    }
    return ok;
  }

  async function onRevoke(row: RoleRow) {
    const ok = await revoking.attempt(() => revoke.mutateAsync({ eventId, roleId: row.id }));
    if (ok) {
      setRemoved(
        `Removed ${row.user.email} as ${roleText(row.role, row.centre?.name)}. They have been emailed.`,
      );
      router.refresh();
    }
    return ok;
  }

  return (
    <PeoplePanel headingId="roles-heading" heading="People and roles" problem={null} status={removed}>
      <ul className="divide-y divide-slate-200">
        {roles.map((r) => (
          <PersonRow
            key={r.id}
            name={r.user.name}
            email={r.user.email}
            role={roleText(r.role, r.centre?.name)}
          >
            <ConfirmDialog
              trigger={
                <>
                  Remove
                  <span className="sr-only">
                    {" "}
                    {roleNames[r.role]} {r.user.email}
                  </span>
                </>
              }
              triggerClassName={rowButtonClass}
              triggerDisabled={revoking.pending}
              title={`Remove ${r.user.name ?? r.user.email} as ${roleText(r.role, r.centre?.name)}?`}
              description={
                <>
                  <p>
                    They lose what the role lets them see and do at once, and are emailed that it was removed.
                  </p>
                  <p>To undo it, add them again below.</p>
                </>
              }
              confirmLabel="Remove"
              pendingLabel="Removing…"
              onConfirm={() => onRevoke(r)}
              problem={revoking.problem}
              onOpenChange={(open) => {
                if (open) forgetMessages();
              }}
            />
          </PersonRow>
        ))}
      </ul>
      <AddPersonForm<RoleKind>
        idPrefix="grant"
        heading="Add someone"
        submitLabel="Add role"
        roleNames={roleNames}
        initialRole="ORGANISER"
        onAdd={onGrant}
        onRoleChange={() => setCentreId("")}
        draftKey={`grant-role:${eventId}`}
        pending={granting.pending}
        problem={granting.problem}
        extraLabels={{ centreId: "Centre" }}
        status={added}
      >
        {(role) =>
          !atCentre(role) ? null : centres.length === 0 ? (
            <p className="text-sm text-slate-700">
              This event has no centres yet.{" "}
              <Link href={`/manage/events/${eventId}/centres`} className={linkClass}>
                Add a centre
              </Link>{" "}
              first{role === "MENTOR" ? " if the mentor works at one" : ""}.
            </p>
          ) : (
            <Field
              id="grant-centreId"
              label={role === "CENTRE_LEAD" ? "Centre" : "Centre (optional)"}
              errors={granting.problem?.fields.centreId}
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
