"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { AddPersonForm, PeoplePanel, PersonRow, type AddPersonWords } from "~/app/_components/people-panel";
import { useTRPC } from "~/app/trpc/react";
import { CENTRE_ROLES, type EVENT_ROLES } from "~/server/events/policy";
import { fillTemplate } from "~/server/i18n/labels";

// The input's schema (zod) is fetched when someone adds a person, not with the page.
const loadRoleSchema = () => import("~/server/events/role-schema");
import { rowButtonClass } from "~/app/_components/button-styles";

type RoleKind = (typeof EVENT_ROLES)[number];

/**
 * What the panel says (the "EventRoles" messages, and AddPersonForm's "PeoplePanel" ones), read by the
 * page. `role` is in the order the form offers the roles; `roleAtCentre`, `added`, `removed`,
 * `removeWhich` and `removeTitle` are raw templates; `noCentres` and `noCentresMentor` link to the centres.
 */
export interface RolesPanelWords {
  heading: string;
  role: Record<RoleKind, string>;
  roleAtCentre: string;
  added: string;
  removed: string;
  remove: string;
  removeWhich: string;
  removeTitle: string;
  removeBody: string;
  removeUndo: string;
  removing: string;
  addHeading: string;
  addRole: string;
  centre: string;
  centreOptional: string;
  chooseCentre: string;
  noParticularCentre: string;
  noCentres: ReactNode;
  noCentresMentor: ReactNode;
  people: AddPersonWords;
}

export interface RoleRow {
  id: string;
  role: RoleKind;
  user: { email: string; name: string | null };
  centre: { id: string; name: string } | null;
}

const atCentre = (role: RoleKind): boolean => (CENTRE_ROLES as readonly string[]).includes(role);

/** The event's people and their roles; organisers add and remove them. */
export function RolesPanel({
  eventId,
  roles,
  centres,
  words,
}: {
  eventId: string;
  roles: RoleRow[];
  centres: { id: string; name: string }[];
  words: RolesPanelWords;
}) {
  const roleText = (role: RoleKind, centreName: string | null | undefined) =>
    centreName
      ? fillTemplate(words.roleAtCentre, { role: words.role[role], centre: centreName })
      : words.role[role];
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
      setAdded(
        fillTemplate(words.added, { email: checked.data.email, role: roleText(checked.data.role, centre) }),
      );
      setCentreId("");
      router.refresh();
    }
    return ok;
  }

  async function onRevoke(row: RoleRow) {
    const ok = await revoking.attempt(() => revoke.mutateAsync({ eventId, roleId: row.id }));
    if (ok) {
      setRemoved(
        fillTemplate(words.removed, { email: row.user.email, role: roleText(row.role, row.centre?.name) }),
      );
      router.refresh();
    }
    return ok;
  }

  return (
    <PeoplePanel headingId="roles-heading" heading={words.heading} problem={null} status={removed}>
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
                  {words.remove}
                  <span className="sr-only">
                    {" "}
                    {fillTemplate(words.removeWhich, { role: words.role[r.role], email: r.user.email })}
                  </span>
                </>
              }
              triggerClassName={rowButtonClass}
              triggerDisabled={revoking.pending}
              title={fillTemplate(words.removeTitle, {
                person: r.user.name ?? r.user.email,
                role: roleText(r.role, r.centre?.name),
              })}
              description={
                <>
                  <p>{words.removeBody}</p>
                  <p>{words.removeUndo}</p>
                </>
              }
              confirmLabel={words.remove}
              pendingLabel={words.removing}
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
        heading={words.addHeading}
        submitLabel={words.addRole}
        roleNames={words.role}
        initialRole="ORGANISER"
        onAdd={onGrant}
        onRoleChange={() => setCentreId("")}
        draftKey={`grant-role:${eventId}`}
        pending={granting.pending}
        problem={granting.problem}
        extraLabels={{ centreId: words.centre }}
        status={added}
        words={words.people}
      >
        {(role) =>
          !atCentre(role) ? null : centres.length === 0 ? (
            <p className="text-sm text-slate-700">
              {role === "MENTOR" ? words.noCentresMentor : words.noCentres}
            </p>
          ) : (
            <Field
              id="grant-centreId"
              label={role === "CENTRE_LEAD" ? words.centre : words.centreOptional}
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
                    {role === "CENTRE_LEAD" ? words.chooseCentre : words.noParticularCentre}
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
