"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormProblem } from "~/app/_components/form-errors";
import { ActionProblem } from "~/app/_components/error-summary";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";

export function StatusPanel({
  eventId,
  status,
  slug,
}: {
  eventId: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  slug: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const { problem, setProblem, attempt, pending } = useFormProblem();
  const publish = useMutation(trpc.events.publish.mutationOptions());
  const archive = useMutation(trpc.events.archive.mutationOptions());

  async function run(action: typeof publish) {
    setProblem(null);
    if (await attempt(() => action.mutateAsync({ eventId }))) router.refresh();
  }

  return (
    <section
      aria-labelledby="status-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="status-heading" className="text-xl font-semibold">
        Status: {status === "DRAFT" ? "Draft" : status === "PUBLISHED" ? "Published" : "Archived"}
      </h2>
      {status === "DRAFT" ? (
        <>
          <p>Only organisers can see a draft. Publishing puts it on the home page for everyone.</p>
          <PendingButton
            type="button"
            onClick={() => void run(publish)}
            pending={pending}
            pendingLabel="Publishing…"
            className="rounded bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800 disabled:opacity-60"
          >
            Publish event
          </PendingButton>
        </>
      ) : null}
      {status === "PUBLISHED" ? (
        <>
          <p>
            The event is public at{" "}
            <a className="text-brand-700 underline" href={`/events/${slug}`}>
              /events/{slug}
            </a>
            . Archive it when it is over.
          </p>
          <PendingButton
            type="button"
            onClick={() => void run(archive)}
            pending={pending}
            pendingLabel="Archiving…"
            className="rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60"
          >
            Archive event
          </PendingButton>
        </>
      ) : null}
      <ActionProblem problem={problem} />
    </section>
  );
}
