import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EventForm } from "~/app/_components/event-form";
import { eventFormWords } from "~/app/_components/event-form-words";
import { addPersonWords } from "~/app/_components/people-panel-words";
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
import { coverPanelWords, rolesPanelWords, statusPanelWords } from "./manage-event-words";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageEvent");

/** The pages of an event's management, in the order the navigation offers them. */
const SECTIONS = [
  ["dashboard", "dashboard"],
  ["registrations", "registrations"],
  ["centres", "centres"],
  ["challenges", "challenges"],
  ["submissions", "projects"],
  ["judging", "judging"],
  ["finals", "finals"],
  ["mentors", "mentors"],
  ["supply", "supply"],
  ["starters", "starters"],
  ["templates", "templates"],
  ["prompts", "prompts"],
  ["next", "next"],
  ["safeguarding", "safeguarding"],
  ["concerns", "concerns"],
  ["integrations", "integrations"],
] as const;

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<RawSearchParams> };

export default async function ManageEventPage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const { created } = parseSearchParams({ created: flag() }, await searchParams);
  await requireUser(`/manage/events/${eventId}`);
  const event = await orForbidden((await serverCaller()).events.byIdForManagement({ eventId }));
  const t = await getTranslations("ManageEvent");
  if (!event) return <Refused title={t("title")}>{t("refused")}</Refused>;
  const [statusT, rolesT, coverT, peopleT, imageT, formWords] = await Promise.all([
    getTranslations("EventStatusPanel"),
    getTranslations("EventRoles"),
    getTranslations("EventCover"),
    getTranslations("PeoplePanel"),
    getTranslations("ImageFields"),
    eventFormWords(),
  ]);
  const local = (d: Date) => instantToLocal(d, event.timeZone);
  const cover = eventCoverImage(event);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className={pageTitleClass}>{event.name}</h1>
        <nav aria-label={t("navLabel")} className="flex flex-wrap gap-2">
          {SECTIONS.map(([path, key]) => (
            <Link key={path} href={`/manage/events/${event.id}/${path}`} className={rowButtonClass}>
              {t(key)}
            </Link>
          ))}
          {/* A plain link: the preview route turns on draft mode, then shows the event page as it is now. */}
          <a href={`/events/${event.slug}/preview`} className={rowButtonClass}>
            {event.status === "DRAFT" ? t("preview") : t("eventPage")}
          </a>
        </nav>
        {created && event.status === "DRAFT" ? (
          <OneTimeNotice param="created" message={t("created")} />
        ) : null}
      </header>
      <StatusPanel
        eventId={event.id}
        status={event.status}
        centreCount={event.centres.length}
        words={statusPanelWords(statusT, event.slug)}
      />
      <section aria-labelledby="details-heading" className={`space-y-4 ${cardClass}`}>
        <h2 id="details-heading" className={sectionTitleClass}>
          {t("details")}
        </h2>
        <EventForm
          mode="edit"
          eventId={event.id}
          timeZones={timeZoneOptions()}
          words={formWords}
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
        words={coverPanelWords(coverT, imageT("altHint"))}
        preview={
          <figure className="max-w-md space-y-1">
            <CoverArt name={event.name} image={cover} className="block aspect-[2/1] w-full rounded-lg" />
            <figcaption className="text-sm text-slate-600">
              {cover ? t("currentCover", { alt: cover.alt }) : t("noCover")}
            </figcaption>
          </figure>
        }
      />
      <RolesPanel
        eventId={event.id}
        roles={event.roles}
        centres={event.centres}
        words={rolesPanelWords(rolesT, event.id, addPersonWords(peopleT))}
      />
    </div>
  );
}
