import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { optionalId, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { getQueryClient, HydrateClient, orNotFound, trpc } from "~/app/trpc/server";
import { HelpQueue } from "./help-queue";

export const metadata: Metadata = { title: "Help queue" };

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<RawSearchParams> };

/**
 * The help queue of a centre, made for a phone: the teams asking for a mentor, oldest first, with how
 * long each has waited; claim one, then resolve it or put it back. For the centre's mentors and lead
 * (their own centres) and the event's organisers (every centre, or the one chosen with `?centre=`).
 */
export default async function HelpQueuePage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const { centre } = parseSearchParams({ centre: optionalId() }, await searchParams);
  await requireUser(`/manage/events/${eventId}/help`);
  // Read once on the server (a caller who may not see any queue gets the not-found page), then handed
  // to the client component, which keeps it fresh.
  const input = { eventId, centreId: centre };
  const queue = await orNotFound(getQueryClient().fetchQuery(trpc.help.queue.queryOptions(input)));
  const here = queue.centres.find((c) => c.id === queue.centreId);
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${queue.event.slug}`} className={linkClass}>
            {queue.event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Help queue</h1>
        <p className="text-slate-700">
          {here
            ? here.name
            : queue.centres.length === 1
              ? queue.centres[0]?.name
              : queue.centres.length === 0
                ? "You aren't placed at a centre at this event yet: ask an organiser."
                : `${queue.centres.length} centres`}
        </p>
      </header>
      {queue.centres.length > 1 ? (
        <nav aria-label="Centres" className="flex flex-wrap gap-x-4 gap-y-1">
          <Link
            href={`/manage/events/${eventId}/help`}
            aria-current={here ? undefined : "page"}
            className={here ? linkClass : "font-semibold"}
          >
            All centres
          </Link>
          {queue.centres.map((c) => (
            <Link
              key={c.id}
              href={`/manage/events/${eventId}/help?centre=${encodeURIComponent(c.id)}`}
              aria-current={c.id === here?.id ? "page" : undefined}
              className={c.id === here?.id ? "font-semibold" : linkClass}
            >
              {c.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <HydrateClient>
        <HelpQueue eventId={eventId} centreId={centre} />
      </HydrateClient>
    </div>
  );
}
