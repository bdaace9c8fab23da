import type { Metadata } from "next";
import { Announcements } from "~/app/_components/announcements";
import { AwardList } from "~/app/_components/award-list";
import { CentreSection } from "~/app/_components/centre-section";
import { ChallengeSection } from "~/app/_components/challenge-section";
import { PhaseBadge } from "~/app/_components/phase-badge";
import { TeamLinks } from "~/app/_components/team-links";
import { ManageEventLink, RegistrationCallToAction } from "~/app/_components/registration-call-to-action";
import { TIMELINE_FIELDS, TIMELINE_FIELD_LABELS } from "~/server/events/rules";
import { capabilityNotice } from "~/server/events/notices";
import { formatInZone } from "~/server/time/zoned";
import { loadEvent } from "./load-event";
import { Markdown } from "~/app/_components/markdown";
import { EventCover } from "~/app/_components/cover-art";
import { cardClass, panelClass } from "~/app/_components/card";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache (see docs/architecture.md "Page cache"): rendered on the first visit,
// again when the event changes, and at least every PUBLIC_PAGE_SECONDS for what time alone changes.
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  return { title: event.name };
}

export default async function EventPage({ params }: Props) {
  const event = await loadEvent((await params).slug);
  const { phase, registrationClosed } = event.state;
  const archived = event.status === "ARCHIVED";
  // An archived event has no "next" anything: nothing more happens in it.
  const nextMilestone = archived ? null : event.state.nextMilestone;
  return (
    <article className="space-y-6">
      {event.status === "DRAFT" ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-4 py-2 text-amber-900">
          This event is a draft: only its organisers can see this page.
        </p>
      ) : null}
      {archived ? (
        <p className="rounded border border-slate-300 bg-slate-100 px-4 py-2 text-slate-900">
          This event is archived: it is over, and registration, teams and projects are closed.
        </p>
      ) : null}
      <header className={`overflow-hidden ${panelClass}`}>
        <EventCover event={event} className="aspect-[2/1] sm:aspect-[3/1]" />
        <div className="space-y-2 p-5 sm:p-6">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className={pageTitleClass}>{event.name}</h1>
            <PhaseBadge phase={phase} registrationClosed={registrationClosed} archived={archived} />
          </div>
          {nextMilestone ? (
            <p className="text-lg" data-testid="next-milestone">
              <span className="font-semibold">{nextMilestone.label}:</span>{" "}
              <time dateTime={nextMilestone.at.toISOString()}>
                {formatInZone(nextMilestone.at, event.timeZone)}
              </time>
            </p>
          ) : null}
          <p className="text-sm text-slate-600">All times are in {event.timeZone}.</p>
          <ManageEventLink slug={event.slug} eventId={event.id} />
        </div>
      </header>
      <AwardList slug={event.slug} />
      <Announcements slug={event.slug} timeZone={event.timeZone} />
      <RegistrationCallToAction
        slug={event.slug}
        canRegister={event.state.capabilities.canRegister}
        closedNotice={
          // The archived banner above already says why nothing can change; this section just closes.
          archived
            ? "Registration is closed."
            : capabilityNotice("canRegister", event.state.windows.canRegister, event.timeZone)
        }
      />
      {event.description ? (
        <section aria-labelledby="about-heading" className="space-y-2">
          <h2 id="about-heading" className={sectionTitleClass}>
            About
          </h2>
          <Markdown source={event.description} />
        </section>
      ) : null}
      <section aria-labelledby="timeline-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="timeline-heading" className={sectionTitleClass}>
          Timeline
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {TIMELINE_FIELDS.map((field) => (
            <div key={field} className="contents">
              <dt className="font-medium">{TIMELINE_FIELD_LABELS[field]}</dt>
              <dd>
                <time dateTime={event[field].toISOString()}>
                  {formatInZone(event[field], event.timeZone)}
                </time>
              </dd>
            </div>
          ))}
        </dl>
        <p>
          {/* A plain link: the file downloads; calendars show the times in their own zone. */}
          <a href={`/events/${event.slug}/calendar`} className={linkClass} download>
            Add to calendar (.ics)
          </a>
        </p>
      </section>
      <CentreSection eventSlug={event.slug} />
      <section aria-labelledby="teams-heading" className="space-y-2">
        <h2 id="teams-heading" className={sectionTitleClass}>
          Teams
        </h2>
        <p>
          Teams of{" "}
          {event.teamMinSize === event.teamMaxSize
            ? event.teamMaxSize
            : `${event.teamMinSize} to ${event.teamMaxSize}`}{" "}
          people.
          {event.minimumAge
            ? ` Participants must be at least ${event.minimumAge} when the event starts.`
            : ""}
        </p>
        <TeamLinks slug={event.slug} />
      </section>
      <ChallengeSection eventSlug={event.slug} />
    </article>
  );
}
