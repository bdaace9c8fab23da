import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, pageCaller } from "~/app/trpc/server";
import { OrganisationLogo } from "~/app/_components/organisation-logo";
import { organisationKindLabels } from "~/server/organisations/schema";
import { Markdown } from "~/app/_components/markdown";
import { linkClass, pageTitleClass, sectionTitleClass, titleLinkClass } from "~/app/_components/text-styles";
import { compactCardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { SessionCards } from "~/app/_components/session-cards";

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache").
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(slug: string) {
  return orNotFound((await pageCaller()).organisations.bySlug({ slug }), ["NOT_FOUND", "BAD_REQUEST"]);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).slug)).name };
}

export default async function OrganisationPage({ params }: Props) {
  const organisation = await load((await params).slug);
  return (
    <article className="space-y-6">
      <header className="flex flex-wrap items-center gap-4">
        <OrganisationLogo organisation={organisation} size="lg" />
        <div className="space-y-1">
          <h1 className={pageTitleClass}>{organisation.name}</h1>
          <p className="text-slate-600">{organisationKindLabels[organisation.kind]}</p>
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
            Weekly clubs
          </h2>
          <SessionCards sessions={organisation.clubs} />
          <p>
            <Link href="/directory" className={linkClass}>
              All clubs and events near you
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="org-challenges" className="space-y-3">
        <h2 id="org-challenges" className={sectionTitleClass}>
          Challenges
        </h2>
        {organisation.challenges.length === 0 ? (
          <EmptyState title="No published challenges yet." />
        ) : (
          <ul className="space-y-3">
            {organisation.challenges.map((c) => (
              <li key={c.id} className={compactCardClass}>
                <h3 className="font-semibold">
                  <Link href={`/events/${c.event.slug}/challenges/${c.slug}`} className={titleLinkClass}>
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
          <Link href={`/organisations/${organisation.slug}/next`} className={linkClass}>
            What happened next
          </Link>
        </p>
      </section>
    </article>
  );
}
