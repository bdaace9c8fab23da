import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Announcements } from "~/app/_components/announcements";
import { AwardList } from "~/app/_components/award-list";
import { CentreSection } from "~/app/_components/centre-section";
import { ChallengeSection } from "~/app/_components/challenge-section";
import { PhaseBadge, phaseBadgeLabels } from "~/app/_components/phase-badge";
import { TeamLinks } from "~/app/_components/team-links";
import {
  ManageEventLink,
  RegistrationCallToAction,
  type RegistrationLabels,
} from "~/app/_components/registration-call-to-action";
import { TIMELINE_FIELDS } from "~/server/events/rules";
import { capabilityNotice } from "~/server/events/notices";
import { languageAlternates } from "~/server/http/locales.mjs";
import { labelsOf } from "~/server/i18n/labels";
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
  return { title: event.name, alternates: { languages: languageAlternates(`/events/${event.slug}`) } };
}

/** The "Registration" messages the registration island shows (it runs in the browser). */
const REGISTRATION_KEYS = [
  "title",
  "registered",
  "pendingConsent",
  "confirmed",
  "seeRegistration",
  "certificates",
  "withdrawn",
  "open",
  "register",
  "signInToRegister",
  "manage",
] as const;

/**
 * An event's public page, in the route's language (English at /events/<slug>, Welsh at /cy/events/<slug>):
 * the "Event", "Phase", "Milestone", "Timeline", "Capability" and "Registration" messages and the dates;
 * what organisers wrote (name, description, challenges, announcements) stays as they wrote it.
 */
export default async function EventPage({ params }: Props) {
  const event = await loadEvent((await params).slug);
  const locale = await getLocale();
  const [t, phaseText, milestone, timeline, registration] = await Promise.all([
    getTranslations("Event"),
    getTranslations("Phase"),
    getTranslations("Milestone"),
    getTranslations("Timeline"),
    getTranslations("Registration"),
  ]);
  const registrationLabels: RegistrationLabels = labelsOf((key) => registration(key), REGISTRATION_KEYS);
  const { phase, registrationClosed } = event.state;
  const archived = event.status === "ARCHIVED";
  // An archived event has no "next" anything: nothing more happens in it.
  const nextMilestone = archived ? null : event.state.nextMilestone;
  return (
    <article className="space-y-6">
      {event.status === "DRAFT" ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-4 py-2 text-amber-900">{t("draft")}</p>
      ) : null}
      {archived ? (
        <p className="rounded border border-slate-300 bg-slate-100 px-4 py-2 text-slate-900">
          {t("archived")}
        </p>
      ) : null}
      <header className={`overflow-hidden ${panelClass}`}>
        <EventCover event={event} className="aspect-[2/1] sm:aspect-[3/1]" />
        <div className="space-y-2 p-5 sm:p-6">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className={pageTitleClass}>{event.name}</h1>
            <PhaseBadge
              phase={phase}
              registrationClosed={registrationClosed}
              archived={archived}
              labels={phaseBadgeLabels((text) => phaseText(text))}
            />
          </div>
          {nextMilestone ? (
            <p className="text-lg" data-testid="next-milestone">
              <span className="font-semibold">{milestone(nextMilestone.kind)}:</span>{" "}
              <time dateTime={nextMilestone.at.toISOString()}>
                {formatInZone(nextMilestone.at, event.timeZone, { locale })}
              </time>
            </p>
          ) : null}
          <p className="text-sm text-slate-600">{t("timesIn", { timeZone: event.timeZone })}</p>
          <ManageEventLink slug={event.slug} eventId={event.id} label={registrationLabels.manage} />
        </div>
      </header>
      <AwardList slug={event.slug} />
      <Announcements slug={event.slug} timeZone={event.timeZone} />
      <RegistrationCallToAction
        slug={event.slug}
        locale={locale}
        canRegister={event.state.capabilities.canRegister}
        labels={registrationLabels}
        closedNotice={
          // The archived banner above already says why nothing can change; this section just closes.
          archived
            ? t("registrationClosed")
            : capabilityNotice("canRegister", event.state.windows.canRegister, event.timeZone, locale)
        }
      />
      {event.description ? (
        <section aria-labelledby="about-heading" className="space-y-2">
          <h2 id="about-heading" className={sectionTitleClass}>
            {t("about")}
          </h2>
          <Markdown source={event.description} />
        </section>
      ) : null}
      <section aria-labelledby="timeline-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="timeline-heading" className={sectionTitleClass}>
          {t("timeline")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {TIMELINE_FIELDS.map((field) => (
            <div key={field} className="contents">
              <dt className="font-medium">{timeline(field)}</dt>
              <dd>
                <time dateTime={event[field].toISOString()}>
                  {formatInZone(event[field], event.timeZone, { locale })}
                </time>
              </dd>
            </div>
          ))}
        </dl>
        <p>
          {/* A plain link: the file downloads; calendars show the times in their own zone. */}
          <a href={`/events/${event.slug}/calendar`} className={linkClass} download>
            {t("addToCalendar")}
          </a>
        </p>
      </section>
      <CentreSection eventSlug={event.slug} />
      <section aria-labelledby="teams-heading" className="space-y-2">
        <h2 id="teams-heading" className={sectionTitleClass}>
          {t("teams")}
        </h2>
        <p>
          {event.teamMinSize === event.teamMaxSize
            ? t("teamSizeExact", { size: event.teamMaxSize })
            : t("teamSizeRange", { min: event.teamMinSize, max: event.teamMaxSize })}
          {event.minimumAge ? ` ${t("minimumAge", { age: event.minimumAge })}` : ""}
        </p>
        <TeamLinks slug={event.slug} />
      </section>
      <ChallengeSection eventSlug={event.slug} />
    </article>
  );
}
