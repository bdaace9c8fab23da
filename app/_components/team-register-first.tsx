import Link from "next/link";
import { pageTitleClass, strongLinkClass } from "./text-styles";

/** Shown on team pages to a signed-in visitor who is not registered for the event. */
export function TeamRegisterFirst({ slug, eventName }: { slug: string; eventName: string }) {
  return (
    <div className="max-w-xl space-y-3">
      <h1 className={pageTitleClass}>Teams</h1>
      <p>
        Register for {eventName} first: teams are for registered participants.{" "}
        <Link href={`/events/${slug}`} className={strongLinkClass}>
          Back to the event
        </Link>
      </p>
    </div>
  );
}
