"use client";

// The Integrations page's parts, for an event's organisers and an organisation's owners alike: the
// endpoint form, the list of endpoints (secret, rotate, send a test, change, delete) and the delivery log
// (with Redeliver). The procedures are in server/routers/webhooks.ts.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { Badge, type BadgeTone } from "~/app/_components/badge";
import {
  linkButtonClass,
  rowButtonClass,
  rowDangerButtonClass,
  rowPrimaryButtonClass,
} from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { CheckboxGroup } from "~/app/_components/checkbox-group";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { EmptyState } from "~/app/_components/empty-state";
import { ErrorSummary } from "~/app/_components/error-summary";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { cardTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { useAddOrEditForm } from "~/app/_components/use-add-or-edit-form";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPCClient } from "~/app/trpc/react";
import { endpointFields, WEBHOOK_TYPE_LABELS, type WebhookType } from "~/server/webhooks/schema";
import { fillTemplate } from "~/server/i18n/labels";

export type IntegrationOwner =
  { kind: "event"; eventId: string } | { kind: "organisation"; organisationId: string };

export interface EndpointItem {
  id: string;
  url: string;
  description: string;
  types: WebhookType[];
  secret: string;
  active: boolean;
  disabledReason: string | null;
}

interface Values {
  url: string;
  description: string;
  types: WebhookType[];
  active: boolean;
}

type DeliveryStatus = "PENDING" | "SUCCEEDED" | "FAILED";

/**
 * What the webhook parts say (the "Webhooks" messages), read by the Integrations page: `sends`
 * (`{types}`), `toUrl` and `ofUrl` (`{url}`), `logIntro` (`{zone}`), `nextTry` and `redeliverWhat`
 * (`{time}`) and `httpStatus` (`{code}`) are raw templates.
 */
export interface WebhooksWords {
  url: string;
  description: string;
  types: string;
  active: string;
  saved: string;
  added: string;
  urlHint: string;
  descriptionOptional: string;
  descriptionHint: string;
  typesHint: string;
  switchedOn: string;
  saving: string;
  saveChanges: string;
  addEndpoint: string;
  signingSecret: string;
  hide: string;
  show: string;
  copy: string;
  copied: string;
  on: string;
  off: string;
  sends: string;
  nothing: string;
  testSent: string;
  sendingTest: string;
  sendTest: string;
  toUrl: string;
  rotateSecret: string;
  ofUrl: string;
  rotateTitle: string;
  rotateBody: string;
  yesNewSecret: string;
  rotating: string;
  newSecretMade: string;
  delete: string;
  deleteTitle: string;
  deleteBody: string;
  yesDelete: string;
  deleting: string;
  deleted: string;
  changeIt: string;
  status: Record<DeliveryStatus, string>;
  deliveryLog: string;
  logIntro: string;
  loading: string;
  logError: string;
  nothingSent: string;
  nothingSentBody: string;
  caption: string;
  time: string;
  kind: string;
  statusHeading: string;
  attempts: string;
  lastAnswer: string;
  actions: string;
  sending: string;
  nextTry: string;
  httpStatus: string;
  sentAgain: string;
  redeliver: string;
  redeliverWhat: string;
  showOlder: string;
}

/** The webhooks procedures for this owner, with its id filled in. */
function useWebhooks(owner: IntegrationOwner) {
  const client = useTRPCClient();
  const w = client.webhooks;
  if (owner.kind === "event") {
    const key = { eventId: owner.eventId };
    return {
      create: (v: Values) => w.createForEvent.mutate({ ...key, ...v }),
      update: (endpointId: string, v: Values) => w.updateForEvent.mutate({ ...key, endpointId, ...v }),
      remove: (endpointId: string) => w.deleteForEvent.mutate({ ...key, endpointId }),
      rotate: (endpointId: string) => w.rotateSecretForEvent.mutate({ ...key, endpointId }),
      test: (endpointId: string) => w.sendTestForEvent.mutate({ ...key, endpointId }),
      redeliver: (deliveryId: string) => w.redeliverForEvent.mutate({ ...key, deliveryId }),
      deliveries: (cursor?: string) => w.deliveriesForEvent.query({ ...key, cursor, limit: 20 }),
    };
  }
  const key = { organisationId: owner.organisationId };
  return {
    create: (v: Values) => w.createForOrganisation.mutate({ ...key, ...v }),
    update: (endpointId: string, v: Values) => w.updateForOrganisation.mutate({ ...key, endpointId, ...v }),
    remove: (endpointId: string) => w.deleteForOrganisation.mutate({ ...key, endpointId }),
    rotate: (endpointId: string) => w.rotateSecretForOrganisation.mutate({ ...key, endpointId }),
    test: (endpointId: string) => w.sendTestForOrganisation.mutate({ ...key, endpointId }),
    redeliver: (deliveryId: string) => w.redeliverForOrganisation.mutate({ ...key, deliveryId }),
    deliveries: (cursor?: string) => w.deliveriesForOrganisation.query({ ...key, cursor, limit: 20 }),
  };
}

const logKey = (owner: IntegrationOwner) => ["webhook-deliveries", owner] as const;

const emptyEndpoint: Values = { url: "", description: "", types: [], active: true };

/** Adds an endpoint, or (with `endpoint`) changes one. */
export function EndpointForm({
  owner,
  types,
  endpoint,
  words,
}: {
  owner: IntegrationOwner;
  types: readonly WebhookType[];
  endpoint: EndpointItem | null;
  words: WebhooksWords;
}) {
  const api = useWebhooks(owner);
  const labels = { url: words.url, description: words.description, types: words.types, active: words.active };
  const { form, values, set, onSubmit } = useAddOrEditForm({
    fields: endpointFields,
    existing: endpoint && {
      url: endpoint.url,
      description: endpoint.description,
      types: endpoint.types,
      active: endpoint.active,
    },
    empty: emptyEndpoint,
    save: (data) => (endpoint ? api.update(endpoint.id, data) : api.create(data)),
    message: () => (endpoint ? words.saved : words.added),
  });
  const prefix = endpoint ? `endpoint-${endpoint.id}-` : "endpoint-new-";

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
      <TextField
        id={`${prefix}url`}
        label={labels.url}
        hint={words.urlHint}
        type="url"
        inputMode="url"
        errors={form.problem?.fields.url}
        value={values.url}
        onChange={(url) => set({ url })}
      />
      <TextField
        id={`${prefix}description`}
        label={words.descriptionOptional}
        hint={words.descriptionHint}
        errors={form.problem?.fields.description}
        value={values.description}
        onChange={(description) => set({ description })}
      />
      <CheckboxGroup
        id={`${prefix}types`}
        legend={labels.types}
        hint={words.typesHint}
        errors={form.problem?.fields.types}
        options={types.map((t) => ({ value: t, label: WEBHOOK_TYPE_LABELS[t] }))}
        chosen={values.types}
        onChange={(chosen) => set({ types: chosen })}
      />
      <label className="flex items-center gap-2">
        <input
          id={`${prefix}active`}
          type="checkbox"
          className="h-5 w-5"
          checked={values.active}
          onChange={(e) => set({ active: e.target.checked })}
        />
        {words.switchedOn}
      </label>
      <PendingButton pending={form.pending} pendingLabel={words.saving}>
        {endpoint ? words.saveChanges : words.addEndpoint}
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}

/** The signing secret, hidden until asked for, with a copy button. */
function SecretField({
  endpointId,
  secret,
  words,
}: {
  endpointId: string;
  secret: string;
  words: WebhooksWords;
}) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  const id = `secret-${endpointId}`;
  return (
    <div className="space-y-1">
      <p id={`${id}-label`} className="text-sm font-medium">
        {words.signingSecret}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          id={id}
          aria-labelledby={`${id}-label`}
          className="max-w-full rounded bg-slate-100 px-2 py-1 font-mono text-sm break-all"
          data-testid="endpoint-secret"
        >
          {shown ? secret : "whsec_••••••••••••••••"}
        </code>
        <button
          type="button"
          className={rowButtonClass}
          onClick={() => setShown((s) => !s)}
          aria-controls={id}
        >
          {shown ? words.hide : words.show}
        </button>
        <button
          type="button"
          className={rowButtonClass}
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
          }}
        >
          {words.copy}
        </button>
        <span role="status" className="text-sm text-green-800">
          {copied ? words.copied : ""}
        </span>
      </div>
    </div>
  );
}

/** One endpoint: what it receives, its secret, and its actions. */
export function EndpointCard({
  owner,
  types,
  endpoint,
  words,
}: {
  owner: IntegrationOwner;
  types: readonly WebhookType[];
  endpoint: EndpointItem;
  words: WebhooksWords;
}) {
  const api = useWebhooks(owner);
  const queryClient = useQueryClient();
  const test = usePageAction();
  const rotate = usePageAction();
  const remove = usePageAction();
  return (
    <li className={`${cardClass} space-y-3`} data-testid="endpoint">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className={`${cardTitleClass} break-all`}>{endpoint.url}</h3>
        <Badge tone={endpoint.active ? "success" : "neutral"}>{endpoint.active ? words.on : words.off}</Badge>
      </div>
      {endpoint.description ? <p className="text-slate-700">{endpoint.description}</p> : null}
      {endpoint.disabledReason ? <p className="text-sm text-amber-900">{endpoint.disabledReason}</p> : null}
      <p className="text-sm">
        {fillTemplate(words.sends, {
          types: endpoint.types.map((t) => WEBHOOK_TYPE_LABELS[t].toLowerCase()).join("; ") || words.nothing,
        })}
      </p>
      <SecretField endpointId={endpoint.id} secret={endpoint.secret} words={words} />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={rowPrimaryButtonClass}
          disabled={test.pending}
          onClick={() =>
            void test
              .run(() => api.test(endpoint.id), words.testSent)
              .then(() => queryClient.invalidateQueries({ queryKey: logKey(owner) }))
          }
        >
          {test.pending ? words.sendingTest : words.sendTest}
          <span className="sr-only"> {fillTemplate(words.toUrl, { url: endpoint.url })}</span>
        </button>
        <ConfirmDialog
          trigger={
            <>
              {words.rotateSecret}
              <span className="sr-only"> {fillTemplate(words.ofUrl, { url: endpoint.url })}</span>
            </>
          }
          triggerClassName={rowButtonClass}
          triggerDisabled={rotate.pending}
          tone="default"
          title={words.rotateTitle}
          description={<p>{words.rotateBody}</p>}
          confirmLabel={words.yesNewSecret}
          pendingLabel={words.rotating}
          onConfirm={() => rotate.run(() => api.rotate(endpoint.id), words.newSecretMade)}
          problem={rotate.problem}
          onOpenChange={rotate.reset}
        />
        <ConfirmDialog
          trigger={
            <>
              {words.delete}
              <span className="sr-only"> {endpoint.url}</span>
            </>
          }
          triggerClassName={rowDangerButtonClass}
          triggerDisabled={remove.pending}
          title={words.deleteTitle}
          description={<p>{words.deleteBody}</p>}
          confirmLabel={words.yesDelete}
          pendingLabel={words.deleting}
          onConfirm={() => remove.run(() => api.remove(endpoint.id), words.deleted)}
          problem={remove.problem}
          onOpenChange={remove.reset}
        />
      </div>
      <ActionOutcome done={test.done ?? rotate.done} problem={test.problem} />
      <details>
        <summary className="cursor-pointer font-medium text-brand-700">{words.changeIt}</summary>
        <div className="mt-3">
          <EndpointForm owner={owner} types={types} endpoint={endpoint} words={words} />
        </div>
      </details>
    </li>
  );
}

const statusTone: Record<DeliveryStatus, BadgeTone> = {
  PENDING: "warning",
  SUCCEEDED: "success",
  FAILED: "danger",
};

function formatTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(date);
}

/** The delivery log, newest first, refreshed every few seconds while something is on its way. */
export function DeliveryLog({
  owner,
  timeZone,
  zoneName,
  words,
}: {
  owner: IntegrationOwner;
  timeZone: string;
  zoneName: string;
  words: WebhooksWords;
}) {
  const api = useWebhooks(owner);
  const queryClient = useQueryClient();
  const [pages, setPages] = useState(1);
  const log = useQuery({
    queryKey: [...logKey(owner), pages],
    queryFn: async () => {
      const items = [];
      let cursor: string | undefined;
      let more = false;
      for (let i = 0; i < pages; i++) {
        const page = await api.deliveries(cursor);
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
        more = page.nextCursor !== null;
        if (!more) break;
      }
      return { items, more };
    },
    refetchInterval: (query) =>
      query.state.data?.items.some((d) => d.status === "PENDING" && d.attempts === 0) ? 1_500 : 10_000,
  });
  const redeliver = usePageAction();
  const items = log.data?.items ?? [];
  return (
    <section aria-labelledby="log-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="log-heading" className={sectionTitleClass}>
        {words.deliveryLog}
      </h2>
      <p className="text-sm text-slate-600">{fillTemplate(words.logIntro, { zone: zoneName })}</p>
      <ActionOutcome done={redeliver.done} problem={redeliver.problem} />
      {log.isPending ? <p>{words.loading}</p> : null}
      {log.isError ? <p role="alert">{words.logError}</p> : null}
      {!log.isPending && items.length === 0 ? (
        <EmptyState title={words.nothingSent}>{words.nothingSentBody}</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="delivery-log">
            <caption className="sr-only">{words.caption}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  {words.time}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {words.kind}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {words.statusHeading}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {words.attempts}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {words.lastAnswer}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{words.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id} className="border-b border-slate-200 align-top" data-testid="delivery">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatTime(d.createdAt, timeZone)}</td>
                  <td className="py-2 pr-3">
                    {WEBHOOK_TYPE_LABELS[d.type]}
                    <span className="block text-xs break-all text-slate-600">{d.endpointUrl}</span>
                  </td>
                  <td className="py-2 pr-3">
                    <Badge tone={statusTone[d.status]}>
                      {d.status === "PENDING" && d.attempts === 0 ? words.sending : words.status[d.status]}
                    </Badge>
                    {d.nextAttemptAt && d.attempts > 0 ? (
                      <span className="block text-xs text-slate-600">
                        {fillTemplate(words.nextTry, { time: formatTime(d.nextAttemptAt, timeZone) })}
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3">{d.attempts}</td>
                  <td className="py-2 pr-3">
                    {d.lastStatusCode !== null
                      ? fillTemplate(words.httpStatus, { code: d.lastStatusCode })
                      : "—"}
                    {d.lastError && d.lastStatusCode === null ? (
                      <span className="block text-xs break-all text-slate-600">{d.lastError}</span>
                    ) : null}
                  </td>
                  <td className="py-2">
                    <button
                      type="button"
                      className={rowButtonClass}
                      disabled={redeliver.pending}
                      onClick={() =>
                        void redeliver
                          .run(() => api.redeliver(d.id), words.sentAgain)
                          .then(() => queryClient.invalidateQueries({ queryKey: logKey(owner) }))
                      }
                    >
                      {words.redeliver}
                      <span className="sr-only">
                        {" "}
                        {fillTemplate(words.redeliverWhat, { time: formatTime(d.createdAt, timeZone) })}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {log.data?.more ? (
        <button type="button" className={linkButtonClass} onClick={() => setPages((p) => p + 1)}>
          {words.showOlder}
        </button>
      ) : null}
    </section>
  );
}
