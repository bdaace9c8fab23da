import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, serverCaller } from "~/app/trpc/server";

export const metadata: Metadata = { title: "Projects" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ challenge?: string; centre?: string }>;
};

export default async function GalleryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { challenge, centre } = await searchParams;
  const api = await serverCaller();
  const [event, gallery] = await orNotFound(
    Promise.all([
      api.events.bySlug({ slug }),
      api.submissions.gallery({ slug, challengeId: challenge || undefined, centreId: centre || undefined }),
    ]),
    ["NOT_FOUND"],
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
        <p>The projects will appear here when submissions close.</p>
      ) : (
        <>
          <form className="flex flex-wrap items-end gap-3" aria-label="Filter projects">
            <div className="space-y-1">
              <label htmlFor="challenge" className="block text-sm font-medium">
                Challenge
              </label>
              <select
                id="challenge"
                name="challenge"
                defaultValue={challenge ?? ""}
                className="rounded border border-slate-400 bg-white px-3 py-1.5"
              >
                <option value="">All challenges</option>
                {gallery.challenges.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </select>
            </div>
            {gallery.centres.length > 1 ? (
              <div className="space-y-1">
                <label htmlFor="centre" className="block text-sm font-medium">
                  Centre
                </label>
                <select
                  id="centre"
                  name="centre"
                  defaultValue={centre ?? ""}
                  className="rounded border border-slate-400 bg-white px-3 py-1.5"
                >
                  <option value="">All centres</option>
                  {gallery.centres.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <button
              type="submit"
              className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100"
            >
              Filter
            </button>
          </form>
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
