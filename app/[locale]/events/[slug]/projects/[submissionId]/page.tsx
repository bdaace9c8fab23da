import type { Metadata } from "next";
import Link from "next/link";
import { AwardList } from "~/app/_components/award-list";
import { Markdown } from "~/app/_components/markdown";
import { ProjectImages } from "~/app/_components/project-images";
import { orNotFound, pageCaller } from "~/app/trpc/server";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";

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
  return { title: (await load(slug, submissionId)).title };
}

/** "Ana, Sam and 2 other team members": people who may not be named are counted, not repeated. */
function creditLine(credits: readonly (string | null)[]): string {
  const named = credits.filter((credit): credit is string => Boolean(credit));
  const unnamed = credits.length - named.length;
  if (unnamed > 0) {
    const plural = unnamed === 1 ? "" : "s";
    named.push(
      named.length > 0 ? `${unnamed} other team member${plural}` : `${unnamed} team member${plural}`,
    );
  }
  return named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : (named[0] ?? "");
}

export default async function ProjectPage({ params }: Props) {
  const { slug, submissionId } = await params;
  const project = await load(slug, submissionId);
  const links = [
    ["Code", project.repositoryUrl],
    ["Demo", project.demoUrl],
    ["Video", project.videoUrl],
  ] as const;
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${slug}/projects`} className={linkClass}>
            All projects
          </Link>
        </p>
        <h1 className={pageTitleClass}>{project.title}</h1>
        {project.tagline ? <p className="text-lg text-slate-700">{project.tagline}</p> : null}
        <p className="text-sm text-slate-600">
          Team {project.teamName}
          {project.centre ? ` · ${project.centre.name}` : ""}
          {project.credits.length > 0 ? ` · by ${creditLine(project.credits)}` : ""}
        </p>
      </header>
      <AwardList slug={slug} submissionId={submissionId} />
      <ProjectImages images={project.images} />
      <section aria-labelledby="about-heading" className="space-y-2">
        <h2 id="about-heading" className={sectionTitleClass}>
          About the project
        </h2>
        <Markdown source={project.description} />
      </section>
      <section aria-labelledby="details-heading" className="space-y-2">
        <h2 id="details-heading" className={sectionTitleClass}>
          Details
        </h2>
        <ul className="list-inside list-disc">
          {links.map(([label, url]) =>
            url ? (
              <li key={label}>
                <a href={url} rel="nofollow noopener noreferrer ugc" className={linkClass}>
                  {label}
                </a>
              </li>
            ) : null,
          )}
        </ul>
        {project.technologies.length > 0 ? <p>Built with {project.technologies.join(", ")}.</p> : null}
        {project.challenges.length > 0 ? (
          <p>
            Entered for{" "}
            {project.challenges.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? ", " : ""}
                <Link href={`/events/${slug}/challenges/${c.slug}`} className={linkClass}>
                  {c.title}
                </Link>
              </span>
            ))}
            .
          </p>
        ) : null}
      </section>
    </article>
  );
}
