import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { NO_CENTRE } from "~/server/centres/rules";
import { WithoutCentreNotice } from "~/app/_components/registrations-table";
import { CentreForm, DeleteCentreButton } from "./centre-form";
import { VenueInvitationsSection } from "./venue-invitations-section";
import { cardTitleClass, linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";

export const metadata: Metadata = { title: "Centres" };

type Props = { params: Promise<{ eventId: string }> };

/** Organisers add the event's centres, with their places and access notes, and see who leads each. */
export default async function CentresPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/centres`);
  const caller = await serverCaller();
  const loaded = await orForbidden(
    Promise.all([
      caller.events.byIdForManagement({ eventId }),
      caller.centres.list({ eventId }),
      caller.centres.withoutCentre({ eventId }),
      caller.waitingList.forCentres({ eventId }),
      caller.venues.invitations({ eventId }),
    ]),
  );
  if (!loaded)
    return <Refused title="Centres">Only this event&apos;s organisers can manage its centres.</Refused>;
  const [event, centres, unplaced, waitingLists, venueInvitations] = loaded;
  const waitingAt = new Map(waitingLists.map((w) => [w.centreId, w]));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Centres</h1>
        <p className="max-w-2xl text-slate-700">
          People choose a centre when they register. Name a centre lead for each under{" "}
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            People and roles
          </Link>
          : they see who is coming to their centre.
        </p>
      </header>
      <WithoutCentreNotice
        count={event.withoutCentre}
        hasCentres={centres.length > 0}
        audience="organisers"
      />

      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className={sectionTitleClass}>
          {centres.length === 1 ? "1 centre" : `${centres.length} centres`}
        </h2>
        {centres.length === 0 ? (
          <EmptyState title="No centres yet: people register without choosing one." />
        ) : null}
        {unplaced.teams > 0 ? (
          <p
            className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-950"
            data-testid="without-centre"
          >
            {unplaced.teams === 1 ? "One team has" : `${unplaced.teams} teams have`} no centre (&ldquo;
            {NO_CENTRE}
            &rdquo;): their captains registered before the event had centres. They are not counted at any
            centre below.
          </p>
        ) : null}
        <ul className="space-y-4">
          {centres.map((c) => (
            <li key={c.id} className={`space-y-3 ${cardClass}`}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="space-y-1">
                  <h3 className={cardTitleClass}>{c.name}</h3>
                  <p className="text-sm text-slate-700">
                    {c.registered} of {c.capacity} places taken · {c.teams} {c.teams === 1 ? "team" : "teams"}
                    {c.postcodeDistrict ? ` · ${c.postcodeDistrict}` : ""}
                  </p>
                  <WaitingListSummary list={waitingAt.get(c.id)} />
                  <p className="text-sm text-slate-700">
                    {c.leads.length === 0
                      ? "No centre lead yet."
                      : `Led by ${c.leads.map((l) => l.name ?? l.email).join(", ")}`}
                  </p>
                </div>
                {c.registered === 0 && c.teams === 0 ? (
                  <DeleteCentreButton eventId={event.id} centreId={c.id} name={c.name} />
                ) : null}
              </div>
              <details>
                <summary className="cursor-pointer font-medium text-brand-700">
                  Edit<span className="sr-only"> {c.name}</span>
                </summary>
                <div className="mt-3">
                  <CentreForm
                    eventId={event.id}
                    centreId={c.id}
                    initial={{
                      name: c.name,
                      addressLine: c.addressLine,
                      postcodeDistrict: c.postcodeDistrict,
                      capacity: String(c.capacity),
                      accessibilityNotes: c.accessibilityNotes,
                      openingTimes: c.openingTimes,
                    }}
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="add-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="add-heading" className={sectionTitleClass}>
          Add a centre
        </h2>
        <CentreForm eventId={event.id} />
      </section>

      <VenueInvitationsSection eventId={event.id} timeZone={event.timeZone} invitations={venueInvitations} />
    </div>
  );
}

/** A centre's waiting list in a line, and who is on it (alias, else first name and initial) when asked. */
function WaitingListSummary({
  list,
}: {
  list:
    { waiting: number; offered: number; entries: { id: string; name: string; status: string }[] } | undefined;
}) {
  if (!list || list.entries.length === 0) return null;
  return (
    <details className="text-sm text-slate-700">
      <summary className="cursor-pointer">
        Waiting list: {list.waiting} waiting
        {list.offered > 0 ? ` · ${list.offered} offered a place` : ""}
      </summary>
      <ol className="mt-1 list-decimal pl-6">
        {list.entries.map((e) => (
          <li key={e.id}>
            {e.name}
            {e.status === "OFFERED" ? " (offered a place)" : ""}
          </li>
        ))}
      </ol>
    </details>
  );
}
