import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm, FilterSelect } from "~/app/_components/filter-form";
import { optionalId, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { formatInNamedZone } from "~/server/time/zoned";

export const metadata: Metadata = { title: "Projects" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export default async function GalleryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { challenge, centre } = parseSearchParams(
    { challenge: optionalId(), centre: optionalId() },
    await searchParams,
  );
  const api = await serverCaller();
  // A malformed slug in the address is as missing as an unknown one.
  const [event, gallery] = await orNotFound(
    Promise.all([
      api.events.bySlug({ slug }),
      api.submissions.gallery({ slug, challengeId: challenge, centreId: centre }),
    ]),
    ["NOT_FOUND", "BAD_REQUEST"],
  );
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${slug}`} className="text-brand-700 underline">
            {event.name}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Projects</h1>
      </header>
      {!gallery.open ? (
        <p>
          The projects will appear here when submissions close, on{" "}
          <time dateTime={event.submissionDeadline.toISOString()}>
            {formatInNamedZone(event.submissionDeadline, event.timeZone)}
          </time>
          .
        </p>
      ) : (
        <>
          <FilterForm label="Filter projects" submitLabel="Filter">
            <FilterSelect
              id="challenge"
              name="challenge"
              label="Challenge"
              allLabel="All challenges"
              value={challenge ?? ""}
              options={gallery.challenges.map((c) => ({ value: c.id, label: c.title }))}
            />
            {gallery.centres.length > 1 ? (
              <FilterSelect
                id="centre"
                name="centre"
                label="Centre"
                allLabel="All centres"
                value={centre ?? ""}
                options={gallery.centres.map((c) => ({ value: c.id, label: c.name }))}
              />
            ) : null}
          </FilterForm>
          {gallery.projects.length === 0 ? (
            <p>No projects match.</p>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2">
              {gallery.projects.map((project) => (
                <li key={project.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                  <h2 className="text-lg font-semibold">
                    <Link
                      href={`/events/${slug}/projects/${project.id}`}
                      className="text-brand-700 hover:underline"
                    >
                      {project.title}
                    </Link>
                  </h2>
                  {project.tagline ? <p className="text-slate-700">{project.tagline}</p> : null}
                  <p className="mt-2 text-sm text-slate-600">
                    Team {project.teamName}
                    {project.centre ? ` · ${project.centre.name}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
