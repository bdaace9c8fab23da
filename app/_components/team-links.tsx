import Link from "next/link";
import { strongLinkClass } from "./text-styles";

/**
 * The event page's way into teams and projects: the finder, the caller's team and project, the gallery,
 * the finals as they happen, and what the projects became after the event.
 */
export function TeamLinks({ slug }: { slug: string }) {
  return (
    <nav aria-label="Teams" className="flex flex-wrap gap-x-6 gap-y-2">
      <Link href={`/events/${slug}/teams`} className={strongLinkClass}>
        Teams: find or start one
      </Link>
      <Link href={`/events/${slug}/team`} className={strongLinkClass}>
        My team
      </Link>
      <Link href={`/events/${slug}/submission`} className={strongLinkClass}>
        Our project
      </Link>
      <Link href={`/events/${slug}/projects`} className={strongLinkClass}>
        Project gallery
      </Link>
      <Link href={`/events/${slug}/finals`} className={strongLinkClass}>
        Finals, live
      </Link>
      <Link href={`/events/${slug}/next`} className={strongLinkClass}>
        What happened next
      </Link>
    </nav>
  );
}
