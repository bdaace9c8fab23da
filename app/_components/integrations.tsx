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

const labels = { url: "Address (URL)", description: "Description", types: "Send", active: "On" };

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
}: {
  owner: IntegrationOwner;
  types: readonly WebhookType[];
  endpoint: EndpointItem | null;
}) {
  const api = useWebhooks(owner);
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
    message: () => (endpoint ? "Saved." : "Endpoint added. Its signing secret is below."),
  });
  const prefix = endpoint ? `endpoint-${endpoint.id}-` : "endpoint-new-";

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
      <TextField
        id={`${prefix}url`}
        label={labels.url}
        hint="Where we POST each message, starting with https://. It must be on the public internet."
        type="url"
        inputMode="url"
        errors={form.problem?.fields.url}
        value={values.url}
        onChange={(url) => set({ url })}
      />
      <TextField
        id={`${prefix}description`}
        label={`${labels.description} (optional)`}
        hint="What receives it, so you recognise it later: for example, our CRM."
        errors={form.problem?.fields.description}
        value={values.description}
        onChange={(description) => set({ description })}
      />
      <CheckboxGroup
        id={`${prefix}types`}
        legend={labels.types}
        hint="Choose at least one."
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
        Switched on (off: nothing is sent to it)
      </label>
      <PendingButton pending={form.pending} pendingLabel="Saving…">
        {endpoint ? "Save changes" : "Add endpoint"}
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}

/** The signing secret, hidden until asked for, with a copy button. */
function SecretField({ endpointId, secret }: { endpointId: string; secret: string }) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  const id = `secret-${endpointId}`;
  return (
    <div className="space-y-1">
      <p id={`${id}-label`} className="text-sm font-medium">
        Signing secret
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
          {shown ? "Hide" : "Show"}
        </button>
        <button
          type="button"
          className={rowButtonClass}
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
          }}
        >
          Copy
        </button>
        <span role="status" className="text-sm text-green-800">
          {copied ? "Copied." : ""}
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
}: {
  owner: IntegrationOwner;
  types: readonly WebhookType[];
  endpoint: EndpointItem;
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
        <Badge tone={endpoint.active ? "success" : "neutral"}>{endpoint.active ? "On" : "Off"}</Badge>
      </div>
      {endpoint.description ? <p className="text-slate-700">{endpoint.description}</p> : null}
      {endpoint.disabledReason ? <p className="text-sm text-amber-900">{endpoint.disabledReason}</p> : null}
      <p className="text-sm">
        Sends: {endpoint.types.map((t) => WEBHOOK_TYPE_LABELS[t].toLowerCase()).join("; ") || "nothing"}.
      </p>
      <SecretField endpointId={endpoint.id} secret={endpoint.secret} />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={rowPrimaryButtonClass}
          disabled={test.pending}
          onClick={() =>
            void test
              .run(() => api.test(endpoint.id), "Test sent. See how it went in the log below.")
              .then(() => queryClient.invalidateQueries({ queryKey: logKey(owner) }))
          }
        >
          {test.pending ? "Sending…" : "Send test"}
          <span className="sr-only"> to {endpoint.url}</span>
        </button>
        <ConfirmDialog
          trigger={
            <>
              Rotate secret<span className="sr-only"> of {endpoint.url}</span>
            </>
          }
          triggerClassName={rowButtonClass}
          triggerDisabled={rotate.pending}
          tone="default"
          title="Give this endpoint a new secret?"
          description={
            <p>
              Every message from now on is signed with the new secret, retries of earlier ones too. Your
              receiver must use the new secret straight away, or it will refuse them. This can&apos;t be
              undone.
            </p>
          }
          confirmLabel="Yes, new secret"
          pendingLabel="Rotating…"
          onConfirm={() => rotate.run(() => api.rotate(endpoint.id), "New secret made.")}
          problem={rotate.problem}
          onOpenChange={rotate.reset}
        />
        <ConfirmDialog
          trigger={
            <>
              Delete<span className="sr-only"> {endpoint.url}</span>
            </>
          }
          triggerClassName={rowDangerButtonClass}
          triggerDisabled={remove.pending}
          title="Delete this endpoint?"
          description={
            <p>Nothing more is sent to it, and its delivery log is deleted. This can&apos;t be undone.</p>
          }
          confirmLabel="Yes, delete it"
          pendingLabel="Deleting…"
          onConfirm={() => remove.run(() => api.remove(endpoint.id), "Deleted.")}
          problem={remove.problem}
          onOpenChange={remove.reset}
        />
      </div>
      <ActionOutcome done={test.done ?? rotate.done} problem={test.problem} />
      <details>
        <summary className="cursor-pointer font-medium text-brand-700">Change it</summary>
        <div className="mt-3">
          <EndpointForm owner={owner} types={types} endpoint={endpoint} />
        </div>
      </details>
    </li>
  );
}

const statusTone: Record<"PENDING" | "SUCCEEDED" | "FAILED", BadgeTone> = {
  PENDING: "warning",
  SUCCEEDED: "success",
  FAILED: "danger",
};
const statusText = { PENDING: "Retrying", SUCCEEDED: "Delivered", FAILED: "Failed" } as const;

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
}: {
  owner: IntegrationOwner;
  timeZone: string;
  zoneName: string;
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
        Delivery log
      </h2>
      <p className="text-sm text-slate-600">
        Each message is tried again after 1 minute, 5 minutes, 30 minutes, 2 hours, 8 hours and 24 hours until
        your endpoint answers with a 2xx status. Times are in {zoneName}.
      </p>
      <ActionOutcome done={redeliver.done} problem={redeliver.problem} />
      {log.isPending ? <p>Loading…</p> : null}
      {log.isError ? <p role="alert">We couldn&apos;t load the log. It will try again shortly.</p> : null}
      {!log.isPending && items.length === 0 ? (
        <EmptyState title="Nothing sent yet.">Send a test to see it here.</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="delivery-log">
            <caption className="sr-only">Messages sent to your endpoints, newest first</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Time
                </th>
                <th scope="col" className="py-2 pr-3">
                  Kind
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3">
                  Attempts
                </th>
                <th scope="col" className="py-2 pr-3">
                  Last answer
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
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
                      {d.status === "PENDING" && d.attempts === 0 ? "Sending" : statusText[d.status]}
                    </Badge>
                    {d.nextAttemptAt && d.attempts > 0 ? (
                      <span className="block text-xs text-slate-600">
                        next try {formatTime(d.nextAttemptAt, timeZone)}
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3">{d.attempts}</td>
                  <td className="py-2 pr-3">
                    {d.lastStatusCode !== null ? `HTTP ${d.lastStatusCode}` : "—"}
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
                          .run(() => api.redeliver(d.id), "Sent again, with the same webhook-id.")
                          .then(() => queryClient.invalidateQueries({ queryKey: logKey(owner) }))
                      }
                    >
                      Redeliver
                      <span className="sr-only"> the message of {formatTime(d.createdAt, timeZone)}</span>
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
          Show older messages
        </button>
      ) : null}
    </section>
  );
}
