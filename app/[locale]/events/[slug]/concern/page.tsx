import type { Metadata } from "next";
import Link from "next/link";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { loadEvent } from "../load-event";
import { ConcernForm } from "./concern-form";

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache"): the form is
// the same for every visitor, and what it sends goes through concerns.report.
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const event = await loadEvent(slug);
  return { title: `Report a concern · ${event.name}` };
}

/**
 * Anyone — a young person included, signed in or not — tells the people who handle safeguarding at the
 * event about something that worries them. Written for a 12-year-old first.
 */
export default async function ReportConcernPage({ params }: Props) {
  const { slug } = await params;
  const event = await loadEvent(slug);
  return (
    <article className="max-w-2xl space-y-6">
      <header className="space-y-3">
        <p>
          <Link href={`/events/${event.slug}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Worried about someone? Tell us</h1>
        <p>
          If something at {event.name} made you feel unsafe, or you are worried about someone — a child, a
          young person or an adult — tell us here. You can do it without signing in and without giving your
          name.
        </p>
        <p>
          It goes privately to the event&apos;s <strong>safeguarding lead</strong>, the person whose job is to
          keep everyone safe (or, if the event has none, to its organisers). Nobody else sees it, and it is
          never shown to the person it is about.
        </p>
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          If someone is in danger right now, tell an adult at the venue straight away or call 999. Young
          people can also talk to Childline, free and private, on 0800 1111.
        </p>
      </header>
      <ConcernForm slug={event.slug} />
    </article>
  );
}
