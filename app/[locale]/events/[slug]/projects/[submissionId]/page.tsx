import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AwardList } from "~/app/_components/award-list";
import { Markdown } from "~/app/_components/markdown";
import { ProjectImages } from "~/app/_components/project-images";
import { orNotFound, pageCaller } from "~/app/trpc/server";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";
import { startsWithVowel } from "~/server/i18n/welsh";

type Props = { params: Promise<{ slug: string; submissionId: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache").
export const revalidate = 30;
export function generateStaticParams(): { slug: string; submissionId: string }[] {
  return [];
}

/** The project, or the not-found page for an unknown or malformed slug or id in the address. */
async function load(slug: string, submissionId: string) {
  return orNotFound((await pageCaller()).submissions.project({ slug, submissionId }), [
    "NOT_FOUND",
    "BAD_REQUEST",
  ]);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, submissionId } = await params;
  return {
    title: (await load(slug, submissionId)).title,
    alternates: { languages: languageAlternates(`/events/${slug}/projects/${submissionId}`) },
  };
}

/** The words a credit line is made of, in the page's language (the "ProjectPage" messages). */
interface CreditWords {
  /** "2 other team members", after at least one name. */
  others: (count: number) => string;
  /** "2 team members", when nobody may be named. */
  members: (count: number) => string;
  /** "Ana, Sam and Jo": the names before the last one, and the last one. */
  and: (names: string, last: string) => string;
}

/** "Ana, Sam and 2 other team members": people who may not be named are counted, not repeated. */
function creditLine(credits: readonly (string | null)[], words: CreditWords): string {
  const named = credits.filter((credit): credit is string => Boolean(credit));
  const unnamed = credits.length - named.length;
  if (unnamed > 0) named.push(named.length > 0 ? words.others(unnamed) : words.members(unnamed));
  return named.length > 1 ? words.and(named.slice(0, -1).join(", "), named.at(-1) ?? "") : (named[0] ?? "");
}

/**
 * A project in the open gallery, in the route's language (English at /events/<slug>/projects/<id>, Welsh
 * at /cy/…): the page's own words are the "ProjectPage" messages; what the team wrote (title, tagline,
 * description, technologies) and names stay as written.
 */
export default async function ProjectPage({ params }: Props) {
  const { slug, submissionId } = await params;
  const [project, t, locale] = await Promise.all([
    load(slug, submissionId),
    getTranslations("ProjectPage"),
    getLocale(),
  ]);
  const href = (address: string) => addressIn(locale, address);
  const creditWords: CreditWords = {
    others: (count) => t("otherMembers", { count }),
    members: (count) => t("members", { count }),
    and: (names, last) =>
      startsWithVowel(last) ? t("andBeforeVowel", { names, last }) : t("and", { names, last }),
  };
  const links = [
    ["code", t("code"), project.repositoryUrl],
    ["demo", t("demo"), project.demoUrl],
    ["video", t("video"), project.videoUrl],
  ] as const;
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={href(`/events/${slug}/projects`)} className={linkClass}>
            {t("allProjects")}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{project.title}</h1>
        {project.tagline ? <p className="text-lg text-slate-700">{project.tagline}</p> : null}
        <p className="text-sm text-slate-600">
          {t("team", { team: project.teamName })}
          {project.centre ? ` · ${project.centre.name}` : ""}
          {project.credits.length > 0
            ? ` · ${t("by", { credits: creditLine(project.credits, creditWords) })}`
            : ""}
        </p>
      </header>
      <AwardList slug={slug} submissionId={submissionId} />
      <ProjectImages images={project.images} noDescription={t("imageNoDescription")} />
      <section aria-labelledby="about-heading" className="space-y-2">
        <h2 id="about-heading" className={sectionTitleClass}>
          {t("about")}
        </h2>
        <Markdown source={project.description} />
      </section>
      <section aria-labelledby="details-heading" className="space-y-2">
        <h2 id="details-heading" className={sectionTitleClass}>
          {t("details")}
        </h2>
        <ul className="list-inside list-disc">
          {links.map(([key, label, url]) =>
            url ? (
              <li key={key}>
                <a href={url} rel="nofollow noopener noreferrer ugc" className={linkClass}>
                  {label}
                </a>
              </li>
            ) : null,
          )}
        </ul>
        {project.technologies.length > 0 ? (
          <p>{t("builtWith", { technologies: project.technologies.join(", ") })}</p>
        ) : null}
        {project.challenges.length > 0 ? (
          <p>
            {t.rich("enteredFor", {
              challenges: () =>
                project.challenges.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 ? ", " : ""}
                    <Link href={href(`/events/${slug}/challenges/${c.slug}`)} className={linkClass}>
                      {c.title}
                    </Link>
                  </span>
                )),
            })}
          </p>
        ) : null}
      </section>
    </article>
  );
}
