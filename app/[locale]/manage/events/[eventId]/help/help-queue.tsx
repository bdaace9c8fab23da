"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { Badge } from "~/app/_components/badge";
import { rowButtonClass, rowPrimaryButtonClass } from "~/app/_components/button-styles";
import { compactCardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { ActionProblem } from "~/app/_components/error-summary";
import { useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { mutedClass } from "~/app/_components/text-styles";
import { useTRPC } from "~/app/trpc/react";
import type { RouterOutputs } from "~/app/trpc/types";
import { fillTemplate } from "~/server/i18n/labels";

/** How often an open queue asks for fresh requests. */
const REFRESH_MS = 10_000;

type Item = RouterOutputs["help"]["queue"]["requests"][number];

// Bigger than the row buttons elsewhere: this screen is used standing up, on a phone.
const claimClass = `${rowPrimaryButtonClass} min-h-11 px-4 text-base`;
const resolveClass = `${rowPrimaryButtonClass} min-h-11 bg-green-700 px-4 text-base hover:bg-green-800`;
const releaseClass = `${rowButtonClass} min-h-11 px-4 text-base`;

/**
 * What the queue says (the "ManageHelpQueue" messages): plain, or raw templates with `{name}` arguments
 * the browser fills in as the queue refreshes (counts, refreshes, position, waiting, claimedBy, asked,
 * teamRequest).
 */
export interface HelpQueueWords {
  counts: string;
  refreshes: string;
  emptyTitle: string;
  emptyBody: string;
  requests: string;
  next: string;
  position: string;
  waiting: string;
  claimedByYou: string;
  claimedBy: string;
  aMentor: string;
  under18s: string;
  where: string;
  asked: string;
  claiming: string;
  claim: string;
  needsVetted: string;
  saving: string;
  resolve: string;
  release: string;
  teamRequest: string;
}

/** The queue of the caller's centres (or `centreId`), refreshed every 10 seconds while open. */
export function HelpQueue({
  eventId,
  centreId,
  words,
}: {
  eventId: string;
  centreId: string | undefined;
  words: HelpQueueWords;
}) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(
    trpc.help.queue.queryOptions({ eventId, centreId }, { refetchInterval: REFRESH_MS }),
  );
  const waiting = data.requests.filter((r) => r.status === "WAITING").length;
  const claimed = data.requests.length - waiting;
  const severalCentres = new Set(data.requests.map((r) => r.centre.id)).size > 1;
  return (
    <section aria-labelledby="queue-heading" className="space-y-3">
      <h2 id="queue-heading" className="text-xl font-bold tracking-tight text-slate-950">
        <span role="status">{fillTemplate(words.counts, { waiting, claimed })}</span>
      </h2>
      <p className={mutedClass}>{fillTemplate(words.refreshes, { updated: data.updatedAtLabel })}</p>
      {data.requests.length === 0 ? (
        <EmptyState title={words.emptyTitle}>{words.emptyBody}</EmptyState>
      ) : (
        <ol aria-label={words.requests} className="space-y-3">
          {data.requests.map((r) => (
            <QueueRow key={r.id} eventId={eventId} item={r} showCentre={severalCentres} words={words} />
          ))}
        </ol>
      )}
    </section>
  );
}

function QueueRow({
  eventId,
  item,
  showCentre,
  words,
}: {
  eventId: string;
  item: Item;
  showCentre: boolean;
  words: HelpQueueWords;
}) {
  const trpc = useTRPC();
  const claim = useMutation(trpc.help.claim.mutationOptions());
  const release = useMutation(trpc.help.release.mutationOptions());
  const resolve = useMutation(trpc.help.resolve.mutationOptions());
  const { problem, attempt, pending } = useFormProblem();
  const ids = { eventId, requestId: item.id };
  const whose = (
    <span className="sr-only">{` ${fillTemplate(words.teamRequest, { team: item.teamName })}`}</span>
  );
  return (
    <li
      className={`space-y-2 ${compactCardClass} ${item.status === "WAITING" ? "border-l-4 border-l-brand-600" : ""}`}
      aria-label={`${item.teamName}: ${item.topicLabel}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-semibold break-words text-slate-950">{item.teamName}</h3>
        {item.status === "WAITING" ? (
          <Badge tone="info">
            {fillTemplate(words.waiting, {
              position:
                item.position === 1
                  ? words.next
                  : fillTemplate(words.position, { position: item.position ?? "?" }),
              time: item.waitingLabel,
            })}
          </Badge>
        ) : (
          <Badge tone={item.claimedBy?.isMine ? "success" : "neutral"}>
            {item.claimedBy?.isMine
              ? words.claimedByYou
              : fillTemplate(words.claimedBy, { name: item.claimedBy?.name ?? words.aMentor })}
          </Badge>
        )}
      </div>
      <p className="flex flex-wrap gap-2">
        <Badge tone="accent">{item.topicLabel}</Badge>
        {item.needsVettedAdult ? <Badge tone="warning">{words.under18s}</Badge> : null}
      </p>
      <p className="break-words">{item.description}</p>
      <p className="break-words">
        <span className="font-medium">{words.where}</span> {item.location}
        {showCentre ? <span className="text-slate-700"> · {item.centre.name}</span> : null}
      </p>
      {item.status === "CLAIMED" ? (
        <p className={mutedClass}>{fillTemplate(words.asked, { time: item.waitingLabel })}</p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2 pt-1">
        {item.status === "WAITING" && item.canClaim ? (
          <PendingButton
            type="button"
            pending={pending}
            pendingLabel={words.claiming}
            className={claimClass}
            onClick={() => void attempt(() => claim.mutateAsync(ids))}
          >
            {words.claim}
            {whose}
          </PendingButton>
        ) : null}
        {item.status === "WAITING" && !item.canClaim ? (
          <p className="text-sm text-amber-900">{words.needsVetted}</p>
        ) : null}
        {item.canFinish ? (
          <>
            <PendingButton
              type="button"
              pending={pending}
              pendingLabel={words.saving}
              className={resolveClass}
              onClick={() => void attempt(() => resolve.mutateAsync(ids))}
            >
              {words.resolve}
              {whose}
            </PendingButton>
            <PendingButton
              type="button"
              pending={pending}
              className={releaseClass}
              onClick={() => void attempt(() => release.mutateAsync(ids))}
            >
              {words.release}
              {whose}
            </PendingButton>
          </>
        ) : null}
      </div>
      <ActionProblem problem={problem} />
    </li>
  );
}
