import Link from "next/link";

/** The event page's way into teams: the finder (and create-a-team form) and the caller's own team. */
export function TeamLinks({ slug }: { slug: string }) {
  return (
    <nav aria-label="Teams" className="flex flex-wrap gap-x-6 gap-y-2">
      <Link href={`/events/${slug}/teams`} className="font-medium text-brand-700 underline">
        Teams: find or start one
      </Link>
      <Link href={`/events/${slug}/team`} className="font-medium text-brand-700 underline">
        My team
      </Link>
    </nav>
  );
}
