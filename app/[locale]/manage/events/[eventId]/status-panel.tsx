"use client";

import { useMutation } from "@tanstack/react-query";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormStatus } from "~/app/_components/form-status";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { linkClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";
import { secondaryButtonClass } from "~/app/_components/button-styles";

const statusText = { DRAFT: "Draft", PUBLISHED: "Published", ARCHIVED: "Archived" } as const;

const outlined = secondaryButtonClass;

/** The event's status and its next step (publish, archive, unarchive), each asked before it happens. */
export function StatusPanel({
  eventId,
  status,
  slug,
  centreCount,
}: {
  eventId: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  slug: string;
  centreCount: number;
}) {
  const trpc = useTRPC();
  const { problem, pending, done, run, reset } = usePageAction();
  const publish = useMutation(trpc.events.publish.mutationOptions());
  const archive = useMutation(trpc.events.archive.mutationOptions());
  const unarchive = useMutation(trpc.events.unarchive.mutationOptions());

  const link = (
    <a className={linkClass} href={`/events/${slug}`}>
      /events/{slug}
    </a>
  );

  return (
    <section aria-labelledby="status-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="status-heading" className={sectionTitleClass}>
        Status: {statusText[status]}
      </h2>
      <FormStatus message={done} />
      {status === "DRAFT" ? (
        <>
          <p>Only organisers can see a draft. Publishing puts it on the home page for everyone.</p>
          {centreCount === 0 ? (
            <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
              This event has no centres yet. People who register before you add one are not placed at a
              centre, and centre leads won&apos;t see them.
            </p>
          ) : null}
          <ConfirmDialog
            trigger="Publish event"
            triggerClassName="rounded bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800 disabled:opacity-60"
            triggerDisabled={pending}
            title={centreCount === 0 ? "Publish without any centres?" : "Publish this event?"}
            description={
              <>
                <p>Everyone will see it on the home page and at {link}. It can&apos;t go back to a draft.</p>
                {centreCount === 0 ? (
                  <p className="font-medium">
                    It has no centres: people who register now won&apos;t choose one. When you add centres
                    later, they are asked to pick one on their registration page.
                  </p>
                ) : null}
              </>
            }
            confirmLabel={centreCount === 0 ? "Publish without centres" : "Publish"}
            pendingLabel="Publishing…"
            tone="default"
            onConfirm={() =>
              run(
                () => publish.mutateAsync({ eventId, confirmNoCentres: centreCount === 0 }),
                "The event is published.",
              )
            }
            problem={problem}
            onOpenChange={reset}
          />
        </>
      ) : null}
      {status === "PUBLISHED" ? (
        <>
          <p>The event is public at {link}. Archive it when it is over.</p>
          <ConfirmDialog
            trigger="Archive event"
            triggerClassName={outlined}
            triggerDisabled={pending}
            title="Archive this event?"
            description={
              <>
                <p>
                  Its page stays public but says it is archived. Nobody can register, change teams or submit
                  any more, and it leaves the home page.
                </p>
                <p>You can unarchive it from this page.</p>
              </>
            }
            confirmLabel="Archive"
            pendingLabel="Archiving…"
            onConfirm={() => run(() => archive.mutateAsync({ eventId }), "The event is archived.")}
            problem={problem}
            onOpenChange={reset}
          />
        </>
      ) : null}
      {status === "ARCHIVED" ? (
        <>
          <p>
            The event is archived: its page at {link} says so, and nothing can change. Unarchive it to publish
            it again as it was.
          </p>
          <ConfirmDialog
            trigger="Unarchive event"
            triggerClassName={outlined}
            triggerDisabled={pending}
            title="Unarchive this event?"
            description={
              <p>
                It is published again: back on the home page, and people can register, change teams and submit
                when its timeline allows.
              </p>
            }
            confirmLabel="Unarchive"
            pendingLabel="Unarchiving…"
            tone="default"
            onConfirm={() => run(() => unarchive.mutateAsync({ eventId }), "The event is published again.")}
            problem={problem}
            onOpenChange={reset}
          />
        </>
      ) : null}
    </section>
  );
}
