"use client";

// The Integrations page's API tokens, for an event's organisers and an organisation's owners alike: the
// form that makes one (its secret shown once), the list (permissions, expiry, last use, latest calls)
// and Revoke. The procedures are in server/routers/api-tokens.ts; the API the tokens open is described
// on /developers.
import Link from "next/link";
import { useState } from "react";
import { Badge, type BadgeTone } from "~/app/_components/badge";
import { rowButtonClass, rowDangerButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { CheckboxGroup } from "~/app/_components/checkbox-group";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { EmptyState } from "~/app/_components/empty-state";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { PendingButton } from "~/app/_components/pending-button";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { TextField } from "~/app/_components/text-field";
import { cardTitleClass, linkClass, mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { useAddOrEditForm } from "~/app/_components/use-add-or-edit-form";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPCClient } from "~/app/trpc/react";
import {
  EVENT_PERMISSIONS,
  ORGANISATION_PERMISSIONS,
  PERMISSION_LABELS,
  type ApiPermission,
  type EventPermission,
  type ExpiryChoice,
  type OrganisationPermission,
} from "~/server/api-tokens/rules";
import { eventTokenFields, organisationTokenFields } from "~/server/api-tokens/schema";
import type { IntegrationOwner } from "~/app/_components/integrations";

export interface ApiTokenItem {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  state: "active" | "revoked" | "expired";
  createdAt: Date;
  createdBy: string | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  recentUses: { id: string; operation: string; outcome: string; at: Date }[];
}

interface Values {
  name: string;
  permissions: ApiPermission[];
  expiresInDays: ExpiryChoice;
}

const labels = { name: "Name", permissions: "Permissions", expiresInDays: "Lasts" };
const emptyToken: Values = { name: "", permissions: [], expiresInDays: 90 };
const expiryOptions: { value: string; label: string }[] = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "A year" },
  { value: "never", label: "No expiry (revoke it yourself)" },
];

const stateTone: Record<ApiTokenItem["state"], BadgeTone> = {
  active: "success",
  revoked: "neutral",
  expired: "warning",
};
const stateText = { active: "Working", revoked: "Revoked", expired: "Expired" } as const;

function formatDate(date: Date, timeZone: string, withTime = false): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" as const } : {}),
  }).format(date);
}

// The form's permissions were checked against the owner's list (fields); these narrow their type.
const isEventPermission = (p: ApiPermission): p is EventPermission =>
  (EVENT_PERMISSIONS as readonly string[]).includes(p);
const isOrganisationPermission = (p: ApiPermission): p is OrganisationPermission =>
  (ORGANISATION_PERMISSIONS as readonly string[]).includes(p);

/** The apiTokens procedures for this owner, with its id filled in. */
function useApiTokens(owner: IntegrationOwner) {
  const t = useTRPCClient().apiTokens;
  if (owner.kind === "event") {
    const key = { eventId: owner.eventId };
    return {
      fields: eventTokenFields,
      create: (v: Values) =>
        t.createForEvent.mutate({ ...key, ...v, permissions: v.permissions.filter(isEventPermission) }),
      revoke: (tokenId: string) => t.revokeForEvent.mutate({ ...key, tokenId }),
    };
  }
  const key = { organisationId: owner.organisationId };
  return {
    fields: organisationTokenFields,
    create: (v: Values) =>
      t.createForOrganisation.mutate({
        ...key,
        ...v,
        permissions: v.permissions.filter(isOrganisationPermission),
      }),
    revoke: (tokenId: string) => t.revokeForOrganisation.mutate({ ...key, tokenId }),
  };
}

/** The new token's secret, shown this once, with a copy button. */
function NewSecret({ secret, name }: { secret: string; name: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-lg border-2 border-green-700 bg-green-50 p-4">
      <p className="font-semibold text-green-900">
        Token “{name}” made. Copy it now: you won&apos;t see it again.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          className="max-w-full rounded bg-white px-2 py-1 font-mono text-sm break-all"
          data-testid="new-token-secret"
        >
          {secret}
        </code>
        <button
          type="button"
          className={rowButtonClass}
          onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}
        >
          Copy
        </button>
        <span className="text-sm text-green-900">{copied ? "Copied." : ""}</span>
      </div>
      <p className="text-sm text-slate-700">
        Keep it where your system keeps passwords. Send it as{" "}
        <code>Authorization: Bearer {secret.slice(0, 10)}…</code>
      </p>
    </div>
  );
}

/** Makes a token: a name, its permissions and how long it lasts. */
function TokenForm({
  owner,
  permissions,
}: {
  owner: IntegrationOwner;
  permissions: readonly ApiPermission[];
}) {
  const api = useApiTokens(owner);
  const [made, setMade] = useState<{ secret: string; name: string } | null>(null);
  const { form, values, set, onSubmit } = useAddOrEditForm({
    fields: api.fields,
    existing: null,
    empty: emptyToken,
    save: async (data) => {
      setMade(null);
      const result = await api.create(data);
      setMade({ secret: result.secret, name: result.token.name });
    },
    message: () => "Token made.",
  });
  const prefix = "token-new-";
  return (
    <div className="space-y-4">
      {made ? <NewSecret secret={made.secret} name={made.name} /> : null}
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
        <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
        <TextField
          id={`${prefix}name`}
          label={labels.name}
          hint="The system that will use it, so you recognise it later: for example, our CRM."
          errors={form.problem?.fields.name}
          value={values.name}
          onChange={(name) => set({ name })}
        />
        <CheckboxGroup
          id={`${prefix}permissions`}
          legend={labels.permissions}
          hint="Choose only what the system needs."
          errors={form.problem?.fields.permissions}
          options={permissions.map((p) => ({ value: p, label: PERMISSION_LABELS[p] }))}
          chosen={values.permissions}
          onChange={(chosen) => set({ permissions: chosen })}
        />
        <Field
          id={`${prefix}expiresInDays`}
          label={labels.expiresInDays}
          errors={form.problem?.fields.expiresInDays}
        >
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.expiresInDays === null ? "never" : String(values.expiresInDays)}
              onChange={(e) =>
                set({
                  expiresInDays:
                    e.target.value === "never" ? null : (Number(e.target.value) as 30 | 90 | 365),
                })
              }
            >
              {expiryOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <PendingButton pending={form.pending} pendingLabel="Making…">
          Make token
        </PendingButton>
      </form>
    </div>
  );
}

/** One token: what it may do, when it ends, when it was last used, its latest calls and Revoke. */
function TokenCard({
  owner,
  token,
  timeZone,
}: {
  owner: IntegrationOwner;
  token: ApiTokenItem;
  timeZone: string;
}) {
  const api = useApiTokens(owner);
  const revoke = usePageAction();
  return (
    <li className={`${cardClass} space-y-2`} data-testid="api-token">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className={cardTitleClass}>{token.name}</h3>
        <Badge tone={stateTone[token.state]}>{stateText[token.state]}</Badge>
        <code className="rounded bg-slate-100 px-2 py-0.5 font-mono text-sm">{token.prefix}…</code>
      </div>
      <ul className="list-disc pl-5 text-sm text-slate-800">
        {token.permissions.map((p) => (
          <li key={p}>{PERMISSION_LABELS[p as ApiPermission] ?? p}</li>
        ))}
      </ul>
      <p className={mutedClass}>
        Made {formatDate(token.createdAt, timeZone)}
        {token.createdBy ? ` by ${token.createdBy}` : ""}.{" "}
        {token.expiresAt
          ? `${token.state === "expired" ? "Expired" : "Expires"} ${formatDate(token.expiresAt, timeZone)}.`
          : "No expiry."}{" "}
        {token.lastUsedAt ? `Last used ${formatDate(token.lastUsedAt, timeZone, true)}.` : "Not used yet."}
      </p>
      {token.recentUses.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-medium text-brand-700">Latest calls</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {token.recentUses.map((use) => (
              <li key={use.id} className="flex flex-wrap gap-x-3">
                <span className="whitespace-nowrap">{formatDate(use.at, timeZone, true)}</span>
                <code className="break-all">{use.operation}</code>
                <span className={use.outcome === "OK" ? "text-green-800" : "font-medium text-red-800"}>
                  {use.outcome === "OK" ? "OK" : `Refused: ${use.outcome}`}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {token.state === "active" ? (
        <ConfirmDialog
          trigger={
            <>
              Revoke<span className="sr-only"> {token.name}</span>
            </>
          }
          triggerClassName={rowDangerButtonClass}
          triggerDisabled={revoke.pending}
          title={`Revoke “${token.name}”?`}
          description={
            <p>
              It stops working at once: any system using it is refused from now on. This can&apos;t be undone.
            </p>
          }
          confirmLabel="Yes, revoke it"
          pendingLabel="Revoking…"
          onConfirm={() => revoke.run(() => api.revoke(token.id), "Revoked.")}
          problem={revoke.problem}
          onOpenChange={revoke.reset}
        />
      ) : null}
      <ActionOutcome done={revoke.done} problem={null} />
    </li>
  );
}

/**
 * The API tokens section of an Integrations page: what they are for, the owner's tokens and the form to
 * make one. Times in `timeZone`.
 */
export function ApiTokensSection({
  owner,
  tokens,
  permissions,
  timeZone,
}: {
  owner: IntegrationOwner;
  tokens: ApiTokenItem[];
  permissions: readonly ApiPermission[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby="tokens-heading" className="space-y-4">
      <h2 id="tokens-heading" className={sectionTitleClass}>
        API tokens
      </h2>
      <p className="text-slate-700">
        A token lets your own system call this platform&apos;s{" "}
        <Link href="/developers" className={linkClass}>
          API
        </Link>{" "}
        with the permissions you choose, for as long as you choose. It acts as you: it stops working if you
        stop managing this {owner.kind === "event" ? "event" : "organisation"}. Every call is logged below. No
        token can read a young person&apos;s name or anyone&apos;s contact details.
      </p>
      {tokens.length === 0 ? <EmptyState title="No tokens yet." /> : null}
      <ul className="space-y-3">
        {tokens.map((token) => (
          <TokenCard key={token.id} owner={owner} token={token} timeZone={timeZone} />
        ))}
      </ul>
      <div className={`space-y-3 ${cardClass}`}>
        <h3 className={cardTitleClass}>Make a token</h3>
        <TokenForm owner={owner} permissions={permissions} />
      </div>
    </section>
  );
}
