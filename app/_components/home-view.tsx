import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RouterOutputs } from "~/app/trpc/types";
import { addressIn, type LOCALES } from "~/server/http/locales.mjs";
import { formatDateRangeInZone, formatInZone } from "~/server/time/zoned";
import { PhaseBadge, phaseBadgeLabels } from "./phase-badge";
import { PersonalHome } from "./personal-home";

import { mediaCardClass } from "./card";
import { CoverArt, EventCover } from "./cover-art";
import { EmptyState } from "./empty-state";
import { cardTitleClass, sectionTitleClass, titleLinkClass } from "./text-styles";

type Events = RouterOutputs["events"]["list"];

/**
 * The home page: the published events, the same for everyone (served from the page cache; next.config.mjs
 * rewrites "/" to app/[locale]/landing/everyone), and for someone signed in their own events and what to do next,
 * asked for by their browser (PersonalHome: users.home brings its words). All in `locale`'s language: the
 * "Home", "Phase" and "Milestone" messages and the dates.
 */
export async function HomeView({ events, locale }: { events: Events; locale: (typeof LOCALES)[number] }) {
  const [t, phase, milestone] = await Promise.all([
    getTranslations("Home"),
    getTranslations("Phase"),
    getTranslations("Milestone"),
  ]);
  const badgeLabels = phaseBadgeLabels((text) => phase(text));
  return (
    <div className="space-y-10">
      <section className="relative -mx-4 overflow-hidden bg-brand-900 px-6 py-10 text-white sm:mx-0 sm:rounded-2xl sm:px-10 sm:py-14">
        <div aria-hidden="true" className="absolute inset-0 opacity-40">
          <CoverArt name="Festival of Code" image={null} className="h-full w-full" />
        </div>
        <div className="relative max-w-2xl space-y-4">
          <p className="text-sm font-semibold tracking-widest text-accent-400 uppercase">{t("kicker")}</p>
          <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">{t("title")}</h1>
          <p className="text-lg text-brand-100">{t("intro")}</p>
        </div>
      </section>
      <PersonalHome locale={locale} />
      <section aria-labelledby="events-heading" className="space-y-4">
        <h2 id="events-heading" className={sectionTitleClass}>
          {t("events")}
        </h2>
        {events.length === 0 ? (
          <EmptyState title={t("noEventsTitle")}>{t("noEvents")}</EmptyState>
        ) : (
          <ul className="grid gap-6 sm:grid-cols-2">
            {events.map((event) => (
              <li key={event.id} className={mediaCardClass}>
                <EventCover event={event} className="aspect-[2/1]" />
                <div className="flex flex-1 flex-col gap-2 p-5">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className={cardTitleClass}>
                      <Link href={addressIn(locale, `/events/${event.slug}`)} className={titleLinkClass}>
                        {event.name}
                      </Link>
                    </h3>
                    <PhaseBadge
                      phase={event.state.phase}
                      registrationClosed={event.state.registrationClosed}
                      labels={badgeLabels}
                    />
                  </div>
                  <p className="text-sm font-medium text-slate-700">
                    {formatDateRangeInZone(event.startsAt, event.submissionDeadline, event.timeZone, locale)}
                  </p>
                  {event.state.nextMilestone ? (
                    <p className="mt-auto pt-2 text-sm text-slate-700">
                      <span className="font-semibold text-slate-900">
                        {milestone(event.state.nextMilestone.kind)}:
                      </span>{" "}
                      {formatInZone(event.state.nextMilestone.at, event.timeZone, { locale })}
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
