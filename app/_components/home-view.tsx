import Link from "next/link";
import type { RouterOutputs } from "~/app/trpc/types";
import { formatDateRangeInZone, formatInZone } from "~/server/time/zoned";
import { PhaseBadge } from "./phase-badge";
import { PersonalHome } from "./personal-home";
import { mediaCardClass } from "./card";
import { CoverArt, EventCover } from "./cover-art";
import { EmptyState } from "./empty-state";
import { cardTitleClass, sectionTitleClass, titleLinkClass } from "./text-styles";

type Events = RouterOutputs["events"]["list"];

/**
 * The home page: the published events, the same for everyone (served from the page cache; next.config.mjs
 * rewrites "/" to app/[locale]/landing/everyone), and for someone signed in their own events and what to do next,
 * asked for by their browser (PersonalHome).
 */
export function HomeView({ events }: { events: Events }) {
  return (
    <div className="space-y-10">
      <section className="relative -mx-4 overflow-hidden bg-brand-900 px-6 py-10 text-white sm:mx-0 sm:rounded-2xl sm:px-10 sm:py-14">
        <div aria-hidden="true" className="absolute inset-0 opacity-40">
          <CoverArt name="Festival of Code" image={null} className="h-full w-full" />
        </div>
        <div className="relative max-w-2xl space-y-4">
          <p className="text-sm font-semibold tracking-widest text-accent-400 uppercase">
            Festivals of code · Hack days
          </p>
          <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">Build something that matters</h1>
          <p className="text-lg text-brand-100">
            Sponsors post real problems, young people and adults team up at local centres to solve them, and
            judges score every project fairly.
          </p>
        </div>
      </section>
      <PersonalHome />
      <section aria-labelledby="events-heading" className="space-y-4">
        <h2 id="events-heading" className={sectionTitleClass}>
          Events
        </h2>
        {events.length === 0 ? (
          <EmptyState title="No events yet">
            No events have been published yet. Check back soon: festivals and hack days appear here as soon as
            their organisers publish them.
          </EmptyState>
        ) : (
          <ul className="grid gap-6 sm:grid-cols-2">
            {events.map((event) => (
              <li key={event.id} className={mediaCardClass}>
                <EventCover event={event} className="aspect-[2/1]" />
                <div className="flex flex-1 flex-col gap-2 p-5">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className={cardTitleClass}>
                      <Link href={`/events/${event.slug}`} className={titleLinkClass}>
                        {event.name}
                      </Link>
                    </h3>
                    <PhaseBadge
                      phase={event.state.phase}
                      registrationClosed={event.state.registrationClosed}
                    />
                  </div>
                  <p className="text-sm font-medium text-slate-700">
                    {formatDateRangeInZone(event.startsAt, event.submissionDeadline, event.timeZone)}
                  </p>
                  {event.state.nextMilestone ? (
                    <p className="mt-auto pt-2 text-sm text-slate-700">
                      <span className="font-semibold text-slate-900">{event.state.nextMilestone.label}:</span>{" "}
                      {formatInZone(event.state.nextMilestone.at, event.timeZone)}
                    </p>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
