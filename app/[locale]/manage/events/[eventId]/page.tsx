import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "~/app/_components/event-form";
import { requireUser } from "~/app/_components/guards";
import { flag, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { timeZoneOptions } from "~/app/_components/time-zones";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { Refused } from "~/app/_components/refused";
import { instantToLocal } from "~/server/time/zoned";
import { OneTimeNotice } from "~/app/_components/one-time-notice";
import { CoverPanel } from "./cover-panel";
import { rowButtonClass } from "~/app/_components/button-styles";
import { RolesPanel } from "./roles-panel";
import { CoverArt, eventCoverImage } from "~/app/_components/cover-art";
import { StatusPanel } from "./status-panel";
import { pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";

export const metadata: Metadata = { title: "Manage event" };

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<RawSearchParams> };

export default async function ManageEventPage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const { created } = parseSearchParams({ created: flag() }, await searchParams);
  await requireUser(`/manage/events/${eventId}`);
  const event = await orForbidden((await serverCaller()).events.byIdForManagement({ eventId }));
  if (!event) return <Refused title="Manage event">Only this event&apos;s organisers can manage it.</Refused>;
  const local = (d: Date) => instantToLocal(d, event.timeZone);
  const cover = eventCoverImage(event);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className={pageTitleClass}>{event.name}</h1>
        <nav aria-label="Manage this event" className="flex flex-wrap gap-2">
          <Link href={`/manage/events/${event.id}/dashboard`} className={rowButtonClass}>
            Dashboard
          </Link>
          <Link href={`/manage/events/${event.id}/registrations`} className={rowButtonClass}>
            Registrations
          </Link>
          <Link href={`/manage/events/${event.id}/centres`} className={rowButtonClass}>
            Centres
          </Link>
          <Link href={`/manage/events/${event.id}/challenges`} className={rowButtonClass}>
            Review challenges
          </Link>
          <Link href={`/manage/events/${event.id}/submissions`} className={rowButtonClass}>
            Projects
          </Link>
          <Link href={`/manage/events/${event.id}/judging`} className={rowButtonClass}>
            Judging
          </Link>
          <Link href={`/manage/events/${event.id}/finals`} className={rowButtonClass}>
            Finals show
          </Link>
          <Link href={`/manage/events/${event.id}/mentors`} className={rowButtonClass}>
            Mentors and vetting
          </Link>
          <Link href={`/manage/events/${event.id}/supply`} className={rowButtonClass}>
            Need and supply
          </Link>
          <Link href={`/manage/events/${event.id}/starters`} className={rowButtonClass}>
            Starter projects
          </Link>
          <Link href={`/manage/events/${event.id}/templates`} className={rowButtonClass}>
            Response templates
          </Link>
          <Link href={`/manage/events/${event.id}/prompts`} className={rowButtonClass}>
            Reminders
          </Link>
          <Link href={`/manage/events/${event.id}/next`} className={rowButtonClass}>
            What happened next
          </Link>
          <Link href={`/manage/events/${event.id}/safeguarding`} className={rowButtonClass}>
            Safeguarding
          </Link>
          <Link href={`/manage/events/${event.id}/concerns`} className={rowButtonClass}>
            Concerns
          </Link>
          <Link href={`/manage/events/${event.id}/integrations`} className={rowButtonClass}>
            Integrations
          </Link>
          {/* A plain link: the preview route turns on draft mode, then shows the event page as it is now. */}
          <a href={`/events/${event.slug}/preview`} className={rowButtonClass}>
            {event.status === "DRAFT" ? "Preview the event page" : "Event page"}
          </a>
        </nav>
        {created && event.status === "DRAFT" ? (
          <OneTimeNotice
            param="created"
            message="Event created as a draft. The organiser has been emailed."
          />
        ) : null}
      </header>
      <StatusPanel
        eventId={event.id}
        status={event.status}
        slug={event.slug}
        centreCount={event.centres.length}
      />
      <section aria-labelledby="details-heading" className={`space-y-4 ${cardClass}`}>
        <h2 id="details-heading" className={sectionTitleClass}>
          Details
        </h2>
        <EventForm
          mode="edit"
          eventId={event.id}
          timeZones={timeZoneOptions()}
          initial={{
            name: event.name,
            slug: event.slug,
            description: event.description,
            codeOfConduct: event.codeOfConduct,
            contactEmail: event.contactEmail ?? "",
            organiserEmail: "",
            timeZone: event.timeZone,
            registrationOpensAt: local(event.registrationOpensAt),
            registrationClosesAt: local(event.registrationClosesAt),
            startsAt: local(event.startsAt),
            submissionDeadline: local(event.submissionDeadline),
            judgingClosesAt: local(event.judgingClosesAt),
            resultsAt: local(event.resultsAt),
            teamMinSize: String(event.teamMinSize),
            teamMaxSize: String(event.teamMaxSize),
            minimumAge: event.minimumAge === null ? "" : String(event.minimumAge),
            consentAge: String(event.consentAge),
            digitalConsentAge: String(event.digitalConsentAge),
          }}
        />
      </section>
      <CoverPanel
        eventId={event.id}
        hasCover={cover !== null}
        preview={
          <figure className="max-w-md space-y-1">
            <CoverArt name={event.name} image={cover} className="block aspect-[2/1] w-full rounded-lg" />
            <figcaption className="text-sm text-slate-600">
              {cover ? `Current cover: ${cover.alt}` : "No cover yet: this is the generated pattern."}
            </figcaption>
          </figure>
        }
      />
      <RolesPanel eventId={event.id} roles={event.roles} centres={event.centres} />
    </div>
  );
}
