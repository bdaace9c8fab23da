"use client";

import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormStatus } from "~/app/_components/form-status";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { fillTemplate } from "~/server/i18n/labels";

const outlined = secondaryButtonClass;

type EventStatus = "DRAFT" | "PUBLISHED" | "ARCHIVED";

/**
 * What the panel says (the "EventStatusPanel" messages), read by the page. `heading` is a raw template
 * (`{status}`); `publishBody`, `public` and `isArchived` are sentences with the event's link, drawn by
 * the page.
 */
export interface StatusPanelWords {
  heading: string;
  status: Record<EventStatus, string>;
  draft: string;
  noCentres: string;
  publish: string;
  publishTitle: string;
  publishTitleNoCentres: string;
  publishBody: ReactNode;
  publishNoCentresBody: string;
  publishConfirm: string;
  publishConfirmNoCentres: string;
  publishing: string;
  published: string;
  public: ReactNode;
  archive: string;
  archiveTitle: string;
  archiveBody: string;
  archiveUndo: string;
  archiveConfirm: string;
  archiving: string;
  archived: string;
  isArchived: ReactNode;
  unarchive: string;
  unarchiveTitle: string;
  unarchiveBody: string;
  unarchiveConfirm: string;
  unarchiving: string;
  unarchived: string;
}

/** The event's status and its next step (publish, archive, unarchive), each asked before it happens. */
export function StatusPanel({
  eventId,
  status,
  centreCount,
  words,
}: {
  eventId: string;
  status: EventStatus;
  centreCount: number;
  words: StatusPanelWords;
}) {
  const trpc = useTRPC();
  const { problem, pending, done, run, reset } = usePageAction();
  const publish = useMutation(trpc.events.publish.mutationOptions());
  const archive = useMutation(trpc.events.archive.mutationOptions());
  const unarchive = useMutation(trpc.events.unarchive.mutationOptions());

  return (
    <section aria-labelledby="status-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="status-heading" className={sectionTitleClass}>
        {fillTemplate(words.heading, { status: words.status[status] })}
      </h2>
      <FormStatus message={done} />
      {status === "DRAFT" ? (
        <>
          <p>{words.draft}</p>
          {centreCount === 0 ? (
            <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
              {words.noCentres}
            </p>
          ) : null}
          <ConfirmDialog
            trigger={words.publish}
            triggerClassName="rounded bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800 disabled:opacity-60"
            triggerDisabled={pending}
            title={centreCount === 0 ? words.publishTitleNoCentres : words.publishTitle}
            description={
              <>
                <p>{words.publishBody}</p>
                {centreCount === 0 ? <p className="font-medium">{words.publishNoCentresBody}</p> : null}
              </>
            }
            confirmLabel={centreCount === 0 ? words.publishConfirmNoCentres : words.publishConfirm}
            pendingLabel={words.publishing}
            tone="default"
            onConfirm={() =>
              run(
                () => publish.mutateAsync({ eventId, confirmNoCentres: centreCount === 0 }),
                words.published,
              )
            }
            problem={problem}
            onOpenChange={reset}
          />
        </>
      ) : null}
      {status === "PUBLISHED" ? (
        <>
          <p>{words.public}</p>
          <ConfirmDialog
            trigger={words.archive}
            triggerClassName={outlined}
            triggerDisabled={pending}
            title={words.archiveTitle}
            description={
              <>
                <p>{words.archiveBody}</p>
                <p>{words.archiveUndo}</p>
              </>
            }
            confirmLabel={words.archiveConfirm}
            pendingLabel={words.archiving}
            onConfirm={() => run(() => archive.mutateAsync({ eventId }), words.archived)}
            problem={problem}
            onOpenChange={reset}
          />
        </>
      ) : null}
      {status === "ARCHIVED" ? (
        <>
          <p>{words.isArchived}</p>
          <ConfirmDialog
            trigger={words.unarchive}
            triggerClassName={outlined}
            triggerDisabled={pending}
            title={words.unarchiveTitle}
            description={<p>{words.unarchiveBody}</p>}
            confirmLabel={words.unarchiveConfirm}
            pendingLabel={words.unarchiving}
            tone="default"
            onConfirm={() => run(() => unarchive.mutateAsync({ eventId }), words.unarchived)}
            problem={problem}
            onOpenChange={reset}
          />
        </>
      ) : null}
    </section>
  );
}
