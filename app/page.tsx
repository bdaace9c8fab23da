import Link from "next/link";
import { formatDateRangeInZone, formatInZone } from "~/server/time/zoned";
import { currentUser } from "~/server/auth";
import { PhaseBadge } from "./_components/phase-badge";
import { YourHome } from "./_components/your-home";
import { serverCaller } from "./trpc/server";

export default async function HomePage() {
  const api = await serverCaller();
  const user = await currentUser();
  const [events, home] = await Promise.all([
    api.events.list(),
    user ? api.users.home() : Promise.resolve(null),
  ]);
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Festivals of code and hack days</h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Sponsors post real problems, young people and adults team up at local centres to solve them, and
          judges score every project fairly.
        </p>
      </section>
      {home ? <YourHome home={home} /> : null}
      <section aria-labelledby="events-heading" className="space-y-4">
        <h2 id="events-heading" className="text-xl font-semibold">
          Events
        </h2>
        {events.length === 0 ? (
          <p className="text-slate-700">No events have been published yet. Check back soon.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {events.map((event) => (
              <li key={event.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                <div className="flex items-start justify-between gap-3">
                  <h3 className="text-lg font-semibold">
                    <Link href={`/events/${event.slug}`} className="text-brand-700 hover:underline">
                      {event.name}
                    </Link>
                  </h3>
                  <PhaseBadge phase={event.state.phase} registrationClosed={event.state.registrationClosed} />
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {formatDateRangeInZone(event.startsAt, event.submissionDeadline, event.timeZone)}
                </p>
                {event.state.nextMilestone ? (
                  <p className="mt-3 text-sm">
                    <span className="font-medium">{event.state.nextMilestone.label}:</span>{" "}
                    {formatInZone(event.state.nextMilestone.at, event.timeZone)}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
