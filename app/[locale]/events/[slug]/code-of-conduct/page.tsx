import type { Metadata } from "next";
import Link from "next/link";
import { Markdown } from "~/app/_components/markdown";
import { pageCaller } from "~/app/trpc/server";
import { loadEvent } from "../load-event";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache").
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const event = await loadEvent(slug);
  return { title: `Code of conduct · ${event.name}` };
}

/** The code of conduct people accept when they register, readable before they tick the box. */
export default async function CodeOfConductPage({ params }: Props) {
  const { slug } = await params;
  const event = await loadEvent(slug);
  const code = await (await pageCaller()).events.codeOfConduct({ slug });
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${event.slug}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Code of conduct</h1>
        <p className="text-sm text-slate-600">
          Version {code.version}
          {code.isDefault ? " (the platform's code of conduct, used by this event)" : ""}
        </p>
      </header>
      <Markdown source={code.text} />
      {event.contactEmail ? (
        <p>
          Questions, or something to report? Write to the organisers at{" "}
          <a href={`mailto:${event.contactEmail}`} className={linkClass}>
            {event.contactEmail}
          </a>
          .
        </p>
      ) : null}
    </article>
  );
}
