"use client";

// The Integrations page's API tokens, for an event's organisers and an organisation's owners alike: the
// form that makes one (its secret shown once), the list (permissions, expiry, last use, latest calls)
// and Revoke. The procedures are in server/routers/api-tokens.ts; the API the tokens open is described
// on /developers.
import { useState, type ReactNode } from "react";
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
import { cardTitleClass, mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
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
import { fillTemplate } from "~/server/i18n/labels";

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

/** The choices of how long a token lasts, as the form's select offers them. */
const EXPIRY_CHOICES = ["30", "90", "365", "never"] as const;

/**
 * What the API tokens section says (the "ApiTokens" messages), read by the Integrations page:
 * `tokenMade`, `revokeTitle` (`{name}`), `bearer` (`{start}`), `madeOn`, `madeOnBy`, `expiredOn`,
 * `expiresOn`, `lastUsed` (`{date}`, `{name}`) and `refused` (`{outcome}`) are raw templates.
 */
export interface ApiTokensWords {
  name: string;
  permissions: string;
  expiresInDays: string;
  expiry: Record<(typeof EXPIRY_CHOICES)[number], string>;
  state: Record<ApiTokenItem["state"], string>;
  tokenMade: string;
  copy: string;
  copied: string;
  keepIt: string;
  bearer: string;
  made: string;
  nameHint: string;
  permissionsHint: string;
  making: string;
  makeToken: string;
  madeOn: string;
  madeOnBy: string;
  expiredOn: string;
  expiresOn: string;
  noExpiry: string;
  lastUsed: string;
  notUsed: string;
  latestCalls: string;
  ok: string;
  refused: string;
  revoke: string;
  revokeTitle: string;
  revokeBody: string;
  yesRevoke: string;
  revoking: string;
  revoked: string;
  heading: string;
  noTokens: string;
  makeHeading: string;
}

const emptyToken: Values = { name: "", permissions: [], expiresInDays: 90 };

const stateTone: Record<ApiTokenItem["state"], BadgeTone> = {
  active: "success",
  revoked: "neutral",
  expired: "warning",
};

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
function NewSecret({ secret, name, words }: { secret: string; name: string; words: ApiTokensWords }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-lg border-2 border-green-700 bg-green-50 p-4">
      <p className="font-semibold text-green-900">{fillTemplate(words.tokenMade, { name })}</p>
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
          {words.copy}
        </button>
        <span className="text-sm text-green-900">{copied ? words.copied : ""}</span>
      </div>
      <p className="text-sm text-slate-700">
        {words.keepIt} <code>{fillTemplate(words.bearer, { start: secret.slice(0, 10) })}</code>
      </p>
    </div>
  );
}

/** Makes a token: a name, its permissions and how long it lasts. */
function TokenForm({
  owner,
  permissions,
  words,
}: {
  owner: IntegrationOwner;
  permissions: readonly ApiPermission[];
  words: ApiTokensWords;
}) {
  const api = useApiTokens(owner);
  const labels = { name: words.name, permissions: words.permissions, expiresInDays: words.expiresInDays };
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
    message: () => words.made,
  });
  const prefix = "token-new-";
  return (
    <div className="space-y-4">
      {made ? <NewSecret secret={made.secret} name={made.name} words={words} /> : null}
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
        <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
        <TextField
          id={`${prefix}name`}
          label={labels.name}
          hint={words.nameHint}
          errors={form.problem?.fields.name}
          value={values.name}
          onChange={(name) => set({ name })}
        />
        <CheckboxGroup
          id={`${prefix}permissions`}
          legend={labels.permissions}
          hint={words.permissionsHint}
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
              {EXPIRY_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {words.expiry[choice]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <PendingButton pending={form.pending} pendingLabel={words.making}>
          {words.makeToken}
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
  words,
}: {
  owner: IntegrationOwner;
  token: ApiTokenItem;
  timeZone: string;
  words: ApiTokensWords;
}) {
  const api = useApiTokens(owner);
  const revoke = usePageAction();
  return (
    <li className={`${cardClass} space-y-2`} data-testid="api-token">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className={cardTitleClass}>{token.name}</h3>
        <Badge tone={stateTone[token.state]}>{words.state[token.state]}</Badge>
        <code className="rounded bg-slate-100 px-2 py-0.5 font-mono text-sm">{token.prefix}…</code>
      </div>
      <ul className="list-disc pl-5 text-sm text-slate-800">
        {token.permissions.map((p) => (
          <li key={p}>{PERMISSION_LABELS[p as ApiPermission] ?? p}</li>
        ))}
      </ul>
      <p className={mutedClass}>
        {token.createdBy
          ? fillTemplate(words.madeOnBy, {
              date: formatDate(token.createdAt, timeZone),
              name: token.createdBy,
            })
          : fillTemplate(words.madeOn, { date: formatDate(token.createdAt, timeZone) })}{" "}
        {token.expiresAt
          ? fillTemplate(token.state === "expired" ? words.expiredOn : words.expiresOn, {
              date: formatDate(token.expiresAt, timeZone),
            })
          : words.noExpiry}{" "}
        {token.lastUsedAt
          ? fillTemplate(words.lastUsed, { date: formatDate(token.lastUsedAt, timeZone, true) })
          : words.notUsed}
      </p>
      {token.recentUses.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-medium text-brand-700">{words.latestCalls}</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {token.recentUses.map((use) => (
              <li key={use.id} className="flex flex-wrap gap-x-3">
                <span className="whitespace-nowrap">{formatDate(use.at, timeZone, true)}</span>
                <code className="break-all">{use.operation}</code>
                <span className={use.outcome === "OK" ? "text-green-800" : "font-medium text-red-800"}>
                  {use.outcome === "OK" ? words.ok : fillTemplate(words.refused, { outcome: use.outcome })}
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
              {words.revoke}
              <span className="sr-only"> {token.name}</span>
            </>
          }
          triggerClassName={rowDangerButtonClass}
          triggerDisabled={revoke.pending}
          title={fillTemplate(words.revokeTitle, { name: token.name })}
          description={<p>{words.revokeBody}</p>}
          confirmLabel={words.yesRevoke}
          pendingLabel={words.revoking}
          onConfirm={() => revoke.run(() => api.revoke(token.id), words.revoked)}
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
 * make one. Times in `timeZone`. `intro` is the paragraph on what tokens are for, worded by the page.
 */
export function ApiTokensSection({
  owner,
  tokens,
  permissions,
  timeZone,
  intro,
  words,
}: {
  owner: IntegrationOwner;
  tokens: ApiTokenItem[];
  permissions: readonly ApiPermission[];
  timeZone: string;
  intro: ReactNode;
  words: ApiTokensWords;
}) {
  return (
    <section aria-labelledby="tokens-heading" className="space-y-4">
      <h2 id="tokens-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <p className="text-slate-700">{intro}</p>
      {tokens.length === 0 ? <EmptyState title={words.noTokens} /> : null}
      <ul className="space-y-3">
        {tokens.map((token) => (
          <TokenCard key={token.id} owner={owner} token={token} timeZone={timeZone} words={words} />
        ))}
      </ul>
      <div className={`space-y-3 ${cardClass}`}>
        <h3 className={cardTitleClass}>{words.makeHeading}</h3>
        <TokenForm owner={owner} permissions={permissions} words={words} />
      </div>
    </section>
  );
}
