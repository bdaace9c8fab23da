import Link from "next/link";
import type { ReactNode } from "react";
import { loadEvent } from "./load-event";
import { linkClass } from "~/app/_components/text-styles";

/**
 * Every page of an event ends with who to contact and the rules everyone agreed to. Presentation only:
 * who may see what is decided by each page and its procedures (loadEvent 404s for a draft or unknown
 * event, as the pages do).
 */
export default async function EventLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const event = await loadEvent(slug);
  return (
    <>
      {children}
      <aside
        aria-label={`About ${event.name}`}
        className="mt-12 space-y-1 border-t border-slate-200 pt-4 text-sm text-slate-700"
      >
        <p>
          {event.contactEmail ? (
            <>
              Questions about {event.name}? Write to the organisers at{" "}
              <a href={`mailto:${event.contactEmail}`} className={linkClass}>
                {event.contactEmail}
              </a>
              .
            </>
          ) : (
            <>Questions about {event.name}? Ask at your centre, or the organisers through your centre lead.</>
          )}
        </p>
        <p>
          <Link href={`/events/${event.slug}/code-of-conduct`} className={linkClass}>
            Code of conduct
          </Link>{" "}
          ·{" "}
          <Link href={`/events/${event.slug}/concern`} className={linkClass}>
            Worried about someone? Report a concern
          </Link>{" "}
          ·{" "}
          <Link href={`/events/${event.slug}/mentor`} className={linkClass}>
            Volunteer as a mentor
          </Link>{" "}
          ·{" "}
          <Link href="/privacy" className={linkClass}>
            How we look after your information
          </Link>
        </p>
      </aside>
    </>
  );
}
