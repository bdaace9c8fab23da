import Link from "next/link";

/** The event page's way into teams and projects: the finder, the caller's team and project, the gallery. */
export function TeamLinks({ slug }: { slug: string }) {
  return (
    <nav aria-label="Teams" className="flex flex-wrap gap-x-6 gap-y-2">
      <Link href={`/events/${slug}/teams`} className="font-medium text-brand-700 underline">
        Teams: find or start one
      </Link>
      <Link href={`/events/${slug}/team`} className="font-medium text-brand-700 underline">
        My team
      </Link>
      <Link href={`/events/${slug}/submission`} className="font-medium text-brand-700 underline">
        Our project
      </Link>
      <Link href={`/events/${slug}/projects`} className="font-medium text-brand-700 underline">
        Project gallery
      </Link>
    </nav>
  );
}
