import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganisationLogo } from "~/app/_components/organisation-logo";
import { Markdown } from "~/app/_components/markdown";
import { orNotFound, pageCaller } from "~/app/trpc/server";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";

type Props = { params: Promise<{ slug: string; challengeSlug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache").
export const revalidate = 30;
export function generateStaticParams(): { slug: string; challengeSlug: string }[] {
  return [];
}

async function load(slug: string, challengeSlug: string) {
  return orNotFound((await pageCaller()).challenges.bySlug({ slug, challengeSlug }), [
    "NOT_FOUND",
    "BAD_REQUEST",
  ]);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, challengeSlug } = await params;
  const challenge = await load(slug, challengeSlug);
  return {
    title: challenge.title,
    alternates: {
      languages: languageAlternates(`/events/${challenge.event.slug}/challenges/${challenge.slug}`),
    },
  };
}

/**
 * A published challenge, in the route's language (English at /events/<slug>/challenges/<challengeSlug>,
 * Welsh at /cy/…): the page's own words are the "ChallengePage" messages; what the sponsor wrote (title,
 * summary, sector, problem, resources, success, prize) stays as they wrote it.
 */
export default async function ChallengePage({ params }: Props) {
  const { slug, challengeSlug } = await params;
  const [challenge, t, locale] = await Promise.all([
    load(slug, challengeSlug),
    getTranslations("ChallengePage"),
    getLocale(),
  ]);
  const href = (address: string) => addressIn(locale, address);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={href(`/events/${challenge.event.slug}`)} className={linkClass}>
            {challenge.event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{challenge.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-600">
          <OrganisationLogo organisation={challenge.organisation} size="md" />
          {t.rich("setBy", {
            name: challenge.organisation.name,
            organisation: (chunks) => (
              <Link href={href(`/organisations/${challenge.organisation.slug}`)} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}{" "}
          · {challenge.sector}
        </p>
        <p className="text-lg">{challenge.summary}</p>
      </header>
      <section aria-labelledby="problem-heading" className="space-y-2">
        <h2 id="problem-heading" className={sectionTitleClass}>
          {t("problem")}
        </h2>
        <Markdown source={challenge.problemStatement} />
      </section>
      {challenge.resources.length > 0 ? (
        <section aria-labelledby="resources-heading" className="space-y-2">
          <h2 id="resources-heading" className={sectionTitleClass}>
            {t("resources")}
          </h2>
          <ul className="list-disc pl-6">
            {challenge.resources.map((r) => (
              <li key={r.url}>
                <a href={r.url} rel="nofollow noopener noreferrer ugc" className={linkClass}>
                  {r.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {challenge.successCriteria ? (
        <section aria-labelledby="criteria-heading" className="space-y-2">
          <h2 id="criteria-heading" className={sectionTitleClass}>
            {t("success")}
          </h2>
          <Markdown source={challenge.successCriteria} />
        </section>
      ) : null}
      {challenge.prize ? (
        <section aria-labelledby="prize-heading" className="space-y-2">
          <h2 id="prize-heading" className={sectionTitleClass}>
            {t("prize")}
          </h2>
          <p>{challenge.prize}</p>
        </section>
      ) : null}
    </article>
  );
}
