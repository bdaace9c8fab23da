import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { orNotFound, pageCaller } from "~/app/trpc/server";
import { OrganisationLogo } from "~/app/_components/organisation-logo";
import { Markdown } from "~/app/_components/markdown";
import { linkClass, pageTitleClass, sectionTitleClass, titleLinkClass } from "~/app/_components/text-styles";
import { compactCardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { SessionCards } from "~/app/_components/session-cards";
import { sessionCardWords } from "~/app/_components/session-card-words";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache").
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

// Unknown and malformed addresses are a 404. Cached per request: the page and its metadata share one query.
const load = cache(async (slug: string) =>
  orNotFound((await pageCaller()).organisations.bySlug({ slug }), ["NOT_FOUND", "BAD_REQUEST"]),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await load((await params).slug);
  return {
    title: organisation.name,
    alternates: { languages: languageAlternates(`/organisations/${organisation.slug}`) },
  };
}

/**
 * An organisation's public page, in the route's language (English at /organisations/<slug>, Welsh at
 * /cy/organisations/<slug>): its kind, weekly clubs and published challenges, with the "OrganisationPage"
 * and "ExperienceLevel" messages and dates in that language. What the organisation wrote (name,
 * description, clubs, challenges) stays as written.
 */
export default async function OrganisationPage({ params }: Props) {
  const [organisation, t, levels, locale] = await Promise.all([
    load((await params).slug),
    getTranslations("OrganisationPage"),
    getTranslations("ExperienceLevel"),
    getLocale(),
  ]);
  const href = (address: string) => addressIn(locale, address);
  return (
    <article className="space-y-6">
      <header className="flex flex-wrap items-center gap-4">
        <OrganisationLogo organisation={organisation} size="lg" />
        <div className="space-y-1">
          <h1 className={pageTitleClass}>{organisation.name}</h1>
          <p className="text-slate-600">{t(`kind.${organisation.kind}`)}</p>
          {organisation.website ? (
            <p>
              <a href={organisation.website} rel="nofollow noopener noreferrer" className={linkClass}>
                {organisation.website}
              </a>
            </p>
          ) : null}
        </div>
      </header>
      {organisation.description ? <Markdown source={organisation.description} /> : null}
      {organisation.clubs.length > 0 ? (
        <section aria-labelledby="org-clubs" className="space-y-3">
          <h2 id="org-clubs" className={sectionTitleClass}>
            {t("clubs")}
          </h2>
          <SessionCards
            sessions={organisation.clubs}
            words={sessionCardWords(
              (key, values) => t(key, values),
              (level) => levels(level),
              locale,
            )}
          />
          <p>
            <Link href={href("/directory")} className={linkClass}>
              {t("allClubs")}
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="org-challenges" className="space-y-3">
        <h2 id="org-challenges" className={sectionTitleClass}>
          {t("challenges")}
        </h2>
        {organisation.challenges.length === 0 ? (
          <EmptyState title={t("noChallenges")} />
        ) : (
          <ul className="space-y-3">
            {organisation.challenges.map((c) => (
              <li key={c.id} className={compactCardClass}>
                <h3 className="font-semibold">
                  <Link
                    href={href(`/events/${c.event.slug}/challenges/${c.slug}`)}
                    className={titleLinkClass}
                  >
                    {c.title}
                  </Link>
                </h3>
                <p className="text-sm text-slate-600">
                  {c.event.name} · {c.sector}
                </p>
                <p>{c.summary}</p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={href(`/organisations/${organisation.slug}/next`)} className={linkClass}>
            {t("whatNext")}
          </Link>
        </p>
      </section>
    </article>
  );
}
