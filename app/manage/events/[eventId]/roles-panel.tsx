"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, inputClass } from "~/app/_components/field";
import { problemFrom, type FormProblem } from "~/app/_components/form-errors";
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
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<RoleKind>("ORGANISER");
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  async function onGrant(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = grantRoleInput.safeParse({ email, role });
    if (!checked.success) {
      setProblem({
        message: "Enter a valid email address.",
        fields: { email: ["Enter a valid email address"] },
      });
      return;
    }
    try {
      await grant.mutateAsync({ eventId, ...checked.data });
      setProblem(null);
      setEmail("");
      router.refresh();
    } catch (error) {
      setProblem(problemFrom(error));
    }
  }

  async function onRevoke(roleId: string) {
    setRevokeError(null);
    try {
      await revoke.mutateAsync({ eventId, roleId });
      router.refresh();
    } catch (error) {
      setRevokeError(problemFrom(error).message);
    }
  }

  return (
    <section
      aria-labelledby="roles-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="roles-heading" className="text-xl font-semibold">
        People and roles
      </h2>
      {revokeError ? (
        <p role="alert" className="font-medium text-red-700">
          {revokeError}
        </p>
      ) : null}
      <ul className="divide-y divide-slate-200">
        {roles.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{r.user.name ?? r.user.email}</span>
              {r.user.name ? <span className="text-slate-600"> ({r.user.email})</span> : null} —{" "}
              {roleNames[r.role]}
            </span>
            <button
              type="button"
              onClick={() => void onRevoke(r.id)}
              className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
            >
              Remove
              <span className="sr-only">
                {" "}
                {roleNames[r.role]} {r.user.email}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={onGrant} noValidate className="space-y-3">
        <h3 className="font-semibold">Add someone</h3>
        {problem ? (
          <p role="alert" className="font-medium text-red-700">
            {problem.message}
          </p>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
          <Field id="grant-email" label="Email address" errors={problem?.fields.email}>
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
          <Field id="grant-role" label="Role">
            {(a) => (
              <select
                {...a}
                className={inputClass}
                value={role}
                onChange={(e) => setRole(e.target.value as RoleKind)}
              >
                {Object.entries(roleNames).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button
          type="submit"
          disabled={grant.isPending}
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          Add role
        </button>
      </form>
    </section>
  );
}
