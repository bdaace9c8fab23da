import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { NewsCounts, newsDay, ProjectNews } from "~/app/_components/project-news";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, pageCaller } from "~/app/trpc/server";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";
import { loadEvent } from "../load-event";

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache").
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [event, t] = await Promise.all([loadEvent(slug), getTranslations("WhatNext")]);
  return {
    title: t("metaTitle", { name: event.name }),
    alternates: { languages: languageAlternates(`/events/${event.slug}/next`) },
  };
}

/**
 * An event's "What happened next" (next.forEvent): what the projects became, counted by their latest
 * news, each team's updates, and what sponsors said came of their challenges. Teams, never people. In the
 * route's language (the "WhatNext" messages); what teams and sponsors wrote as they wrote it.
 */
export default async function WhatHappenedNextPage({ params }: Props) {
  const { slug } = await params;
  const event = await loadEvent(slug);
  const [next, t, locale] = await Promise.all([
    orNotFound((await pageCaller()).next.forEvent({ slug }), ["NOT_FOUND", "BAD_REQUEST"]),
    getTranslations("WhatNext"),
    getLocale(),
  ]);
  const href = (address: string) => addressIn(locale, address);
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={href(`/events/${event.slug}`)} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("eventIntro", { event: event.name })}</p>
        <NewsCounts counts={next.counts} />
      </header>

      {next.outcomes.length > 0 ? (
        <section aria-labelledby="outcomes-heading" className="space-y-3">
          <h2 id="outcomes-heading" className={sectionTitleClass}>
            {t("fromSponsors")}
          </h2>
          <ul className="space-y-3">
            {next.outcomes.map((o) => (
              <li key={o.id} className={`${cardClass} space-y-1`}>
                <p className="font-semibold">
                  {t.rich("sponsorOn", {
                    organisation: o.organisation.name,
                    title: o.challengeTitle,
                    challenge: (chunks) => (
                      <Link
                        href={href(`/events/${event.slug}/challenges/${o.challengeSlug}`)}
                        className={linkClass}
                      >
                        {chunks}
                      </Link>
                    ),
                  })}
                </p>
                <p>{o.text}</p>
                {o.url ? (
                  <p>
                    <a href={o.url} className={linkClass} rel="nofollow noopener" target="_blank">
                      {t("readMore")}
                      <span className="sr-only"> {t("readMoreAbout", { title: o.challengeTitle })}</span>
                    </a>
                  </p>
                ) : null}
                <p className={mutedClass}>{newsDay(o.createdAt, event.timeZone, locale)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="projects-heading" className="space-y-3">
        <h2 id="projects-heading" className={sectionTitleClass}>
          {t("fromTeams")}
        </h2>
        {next.projects.length === 0 ? (
          <EmptyState title={t("noNewsTitle")}>{t("noNews")}</EmptyState>
        ) : (
          <ul className="space-y-4">
            {next.projects.map((project) => (
              <li key={project.id} className={`${cardClass} space-y-2`}>
                <h3 className="text-lg font-semibold">
                  <Link href={href(`/events/${event.slug}/projects/${project.id}`)} className={linkClass}>
                    {project.title}
                  </Link>{" "}
                  <span className="text-base font-normal text-slate-600">
                    {t("byTeam", { team: project.teamName })}
                  </span>
                </h3>
                <ol className="space-y-2">
                  {project.updates.map((u) => (
                    <ProjectNews key={u.id} as="li" update={u} timeZone={event.timeZone} />
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
