import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, pageCaller } from "~/app/trpc/server";
import { linkClass } from "~/app/_components/text-styles";
import { loadEvent } from "../load-event";
import { LiveFinals } from "./live-finals";

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache"); what
// changes during the show arrives over /events/<slug>/finals/live.
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: `Finals: ${(await loadEvent(slug)).name}` };
}

/**
 * An event's finals as they happen (finals.forEvent): the live stream, who is presenting now and who is
 * next, with the presenting clock, and the running order. Follows the presenter live.
 */
export default async function FinalsPage({ params }: Props) {
  const { slug } = await params;
  const event = await loadEvent(slug);
  const { show } = await orNotFound((await pageCaller()).finals.forEvent({ slug }), [
    "NOT_FOUND",
    "BAD_REQUEST",
  ]);
  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href={`/events/${event.slug}`} className={linkClass}>
          {event.name}
        </Link>
      </p>
      <LiveFinals slug={event.slug} eventName={event.name} initial={show} />
    </div>
  );
}
