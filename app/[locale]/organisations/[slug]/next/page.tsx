import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { NewsCounts, newsDay, ProjectNews } from "~/app/_components/project-news";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, pageCaller } from "~/app/trpc/server";

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
  return { title: `What happened next: ${(await load((await params).slug)).organisation.name}` };
}

type Project = Awaited<ReturnType<typeof load>>["challenges"][number]["projects"][number];

/** Projects with their latest news, credited to the team. */
function ProjectList({
  projects,
  event,
}: {
  projects: Project[];
  event: { slug: string; timeZone: string };
}) {
  return (
    <ul className="space-y-3">
      {projects.map((project) => (
        <li key={project.id} className="space-y-1">
          <h4 className="font-semibold">
            <Link href={`/events/${event.slug}/projects/${project.id}`} className={linkClass}>
              {project.title}
            </Link>{" "}
            <span className="font-normal text-slate-600">by {project.teamName}</span>
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
 * runs, and all of them counted by their latest news. Teams, never people.
 */
export default async function OrganisationNextPage({ params }: Props) {
  const next = await load((await params).slug);
  const { organisation } = next;
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/organisations/${organisation.slug}`} className={linkClass}>
            {organisation.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>What happened next</h1>
        <p className="text-lg text-slate-700">
          Projects don&apos;t stop when the event does. Here is what came of {organisation.name}&apos;s
          challenges, and what the teams have done since.
        </p>
        <NewsCounts counts={next.counts} />
      </header>

      {next.challenges.length === 0 && next.events.length === 0 ? (
        <EmptyState title="Nothing yet.">Teams post news on their projects after each event.</EmptyState>
      ) : null}

      {next.challenges.length > 0 ? (
        <section aria-labelledby="challenges-heading" className="space-y-3">
          <h2 id="challenges-heading" className={sectionTitleClass}>
            Its challenges
          </h2>
          <ul className="space-y-4">
            {next.challenges.map((c) => (
              <li key={c.id} className={`${cardClass} space-y-3`}>
                <div className="space-y-1">
                  <h3 className="text-lg font-semibold">
                    <Link href={`/events/${c.event.slug}/challenges/${c.slug}`} className={linkClass}>
                      {c.title}
                    </Link>
                  </h3>
                  <p className={mutedClass}>
                    At{" "}
                    <Link href={`/events/${c.event.slug}`} className={linkClass}>
                      {c.event.name}
                    </Link>{" "}
                    ·{" "}
                    <Link href={`/events/${c.event.slug}/next`} className={linkClass}>
                      What happened next there
                    </Link>
                  </p>
                </div>
                {c.outcomes.length > 0 ? (
                  <ul className="space-y-2" aria-label={`What ${organisation.name} says came of it`}>
                    {c.outcomes.map((o) => (
                      <li key={o.id} className="space-y-1">
                        <p>
                          <span className="font-semibold">{organisation.name}:</span> {o.text}
                        </p>
                        {o.url ? (
                          <p>
                            <a href={o.url} className={linkClass} rel="nofollow noopener" target="_blank">
                              Read more<span className="sr-only"> about {c.title} (opens in a new tab)</span>
                            </a>
                          </p>
                        ) : null}
                        <p className={mutedClass}>{newsDay(o.createdAt, c.event.timeZone)}</p>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {c.projects.length > 0 ? <ProjectList projects={c.projects} event={c.event} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {next.events.length > 0 ? (
        <section aria-labelledby="events-heading" className="space-y-3">
          <h2 id="events-heading" className={sectionTitleClass}>
            Projects at the events it runs
          </h2>
          <ul className="space-y-4">
            {next.events.map((event) => (
              <li key={event.id} className={`${cardClass} space-y-3`}>
                <h3 className="text-lg font-semibold">
                  <Link href={`/events/${event.slug}/next`} className={linkClass}>
                    {event.name}
                  </Link>
                </h3>
                <ProjectList projects={event.projects} event={event} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
