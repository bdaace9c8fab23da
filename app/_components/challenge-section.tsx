import Link from "next/link";
import { OrganisationLogo } from "~/app/_components/organisation-logo";
import { serverCaller } from "~/app/trpc/server";

/** The published challenges of an event, for its public page. */
export async function ChallengeSection({ eventSlug }: { eventSlug: string }) {
  const challenges = await (await serverCaller()).challenges.listPublished({ slug: eventSlug });
  return (
    <section aria-labelledby="challenges-heading" className="space-y-3">
      <h2 id="challenges-heading" className="text-xl font-semibold">
        Challenges
      </h2>
      {challenges.length === 0 ? (
        <p className="text-slate-700">No challenges have been published yet.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {challenges.map((c) => (
            <li key={c.id} className="space-y-1 rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">
                <Link
                  href={`/events/${eventSlug}/challenges/${c.slug}`}
                  className="text-brand-700 hover:underline"
                >
                  {c.title}
                </Link>
              </h3>
              <p className="flex items-center gap-2 text-sm text-slate-600">
                <OrganisationLogo organisation={c.organisation} size="sm" />
                {c.organisation.name} · {c.sector}
              </p>
              <p>{c.summary}</p>
              {c.prize ? <p className="text-sm font-medium">Prize: {c.prize}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
