import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { NewsCounts, newsDay, ProjectNews } from "~/app/_components/project-news";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, pageCaller } from "~/app/trpc/server";
import { addressIn, languageAlternates, type LOCALES } from "~/server/http/locales.mjs";

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache").
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

// Unknown and malformed addresses are a 404. Cached per request: the page and its metadata share one query.
const load = cache(async (slug: string) =>
  orNotFound((await pageCaller()).next.forOrganisation({ slug }), ["NOT_FOUND", "BAD_REQUEST"]),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ organisation }, t] = await Promise.all([load((await params).slug), getTranslations("WhatNext")]);
  return {
    title: t("metaTitle", { name: organisation.name }),
    alternates: { languages: languageAlternates(`/organisations/${organisation.slug}/next`) },
  };
}

type Project = Awaited<ReturnType<typeof load>>["challenges"][number]["projects"][number];

/** Projects with their latest news, credited to the team (`byTeam`: "by {team}" in the page's language). */
function ProjectList({
  projects,
  event,
  locale,
  byTeam,
}: {
  projects: Project[];
  event: { slug: string; timeZone: string };
  locale: (typeof LOCALES)[number];
  byTeam: (team: string) => string;
}) {
  return (
    <ul className="space-y-3">
      {projects.map((project) => (
        <li key={project.id} className="space-y-1">
          <h4 className="font-semibold">
            <Link
              href={addressIn(locale, `/events/${event.slug}/projects/${project.id}`)}
              className={linkClass}
            >
              {project.title}
            </Link>{" "}
            <span className="font-normal text-slate-600">{byTeam(project.teamName)}</span>
          </h4>
          <ProjectNews update={project.latest} timeZone={event.timeZone} />
        </li>
      ))}
    </ul>
  );
}

/**
 * An organisation's "What happened next" (next.forOrganisation): across its events, what came of its
 * challenges (its own outcomes, and the entered projects' latest news), the projects of the events it
 * runs, and all of them counted by their latest news. Teams, never people. In the route's language (the
 * "WhatNext" messages); what organisations and teams wrote as they wrote it.
 */
export default async function OrganisationNextPage({ params }: Props) {
  const [next, t, locale] = await Promise.all([
    load((await params).slug),
    getTranslations("WhatNext"),
    getLocale(),
  ]);
  const { organisation } = next;
  const href = (address: string) => addressIn(locale, address);
  const byTeam = (team: string) => t("byTeam", { team });
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={href(`/organisations/${organisation.slug}`)} className={linkClass}>
            {organisation.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-lg text-slate-700">
          {t("organisationIntro", { organisation: organisation.name })}
        </p>
        <NewsCounts counts={next.counts} />
      </header>

      {next.challenges.length === 0 && next.events.length === 0 ? (
        <EmptyState title={t("nothingTitle")}>{t("nothing")}</EmptyState>
      ) : null}

      {next.challenges.length > 0 ? (
        <section aria-labelledby="challenges-heading" className="space-y-3">
          <h2 id="challenges-heading" className={sectionTitleClass}>
            {t("itsChallenges")}
          </h2>
          <ul className="space-y-4">
            {next.challenges.map((c) => (
              <li key={c.id} className={`${cardClass} space-y-3`}>
                <div className="space-y-1">
                  <h3 className="text-lg font-semibold">
                    <Link href={href(`/events/${c.event.slug}/challenges/${c.slug}`)} className={linkClass}>
                      {c.title}
                    </Link>
                  </h3>
                  <p className={mutedClass}>
                    {t.rich("at", {
                      name: c.event.name,
                      event: (chunks) => (
                        <Link href={href(`/events/${c.event.slug}`)} className={linkClass}>
                          {chunks}
                        </Link>
                      ),
                    })}{" "}
                    ·{" "}
                    <Link href={href(`/events/${c.event.slug}/next`)} className={linkClass}>
                      {t("nextThere")}
                    </Link>
                  </p>
                </div>
                {c.outcomes.length > 0 ? (
                  <ul
                    className="space-y-2"
                    aria-label={t("saysCameOfIt", { organisation: organisation.name })}
                  >
                    {c.outcomes.map((o) => (
                      <li key={o.id} className="space-y-1">
                        <p>
                          <span className="font-semibold">{organisation.name}:</span> {o.text}
                        </p>
                        {o.url ? (
                          <p>
                            <a href={o.url} className={linkClass} rel="nofollow noopener" target="_blank">
                              {t("readMore")}
                              <span className="sr-only"> {t("readMoreAbout", { title: c.title })}</span>
                            </a>
                          </p>
                        ) : null}
                        <p className={mutedClass}>{newsDay(o.createdAt, c.event.timeZone, locale)}</p>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {c.projects.length > 0 ? (
                  <ProjectList projects={c.projects} event={c.event} locale={locale} byTeam={byTeam} />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {next.events.length > 0 ? (
        <section aria-labelledby="events-heading" className="space-y-3">
          <h2 id="events-heading" className={sectionTitleClass}>
            {t("eventsItRuns")}
          </h2>
          <ul className="space-y-4">
            {next.events.map((event) => (
              <li key={event.id} className={`${cardClass} space-y-3`}>
                <h3 className="text-lg font-semibold">
                  <Link href={href(`/events/${event.slug}/next`)} className={linkClass}>
                    {event.name}
                  </Link>
                </h3>
                <ProjectList projects={event.projects} event={event} locale={locale} byTeam={byTeam} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
