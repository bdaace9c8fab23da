import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { NO_CENTRE } from "~/server/centres/rules";
import { WithoutCentreNotice } from "~/app/_components/registrations-table";
import { CentreForm, DeleteCentreButton } from "./centre-form";
import { centreFormWords, deleteCentreWords } from "./centre-words";
import { VenueInvitationsSection } from "./venue-invitations-section";
import { cardTitleClass, linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageCentres");

type Props = { params: Promise<{ eventId: string }> };

/** Organisers add the event's centres, with their places and access notes, and see who leads each. */
export default async function CentresPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/centres`);
  const caller = await serverCaller();
  const t = await getTranslations("ManageCentres");
  const loaded = await orForbidden(
    Promise.all([
      caller.events.byIdForManagement({ eventId }),
      caller.centres.list({ eventId }),
      caller.centres.withoutCentre({ eventId }),
      caller.waitingList.forCentres({ eventId }),
      caller.venues.invitations({ eventId }),
    ]),
  );
  if (!loaded) return <Refused title={t("title")}>{t("refused")}</Refused>;
  const [event, centres, unplaced, waitingLists, venueInvitations] = loaded;
  const [formWords, centreForm] = await Promise.all([centreFormWords(), getTranslations("CentreForm")]);
  const waitingAt = new Map(waitingLists.map((w) => [w.centreId, w]));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="max-w-2xl text-slate-700">
          {t.rich("intro", {
            link: (chunks: ReactNode) => (
              <Link href={`/manage/events/${event.id}`} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>
      <WithoutCentreNotice
        count={event.withoutCentre}
        hasCentres={centres.length > 0}
        audience="organisers"
      />

      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className={sectionTitleClass}>
          {t("count", { count: centres.length })}
        </h2>
        {centres.length === 0 ? <EmptyState title={t("empty")} /> : null}
        {unplaced.teams > 0 ? (
          <p
            className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-950"
            data-testid="without-centre"
          >
            {t("teamsWithoutCentre", { teams: unplaced.teams, noCentre: NO_CENTRE })}
          </p>
        ) : null}
        <ul className="space-y-4">
          {centres.map((c) => (
            <li key={c.id} className={`space-y-3 ${cardClass}`}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="space-y-1">
                  <h3 className={cardTitleClass}>{c.name}</h3>
                  <p className="text-sm text-slate-700">
                    {t("placesTaken", { registered: c.registered, capacity: c.capacity, teams: c.teams })}
                    {c.postcodeDistrict ? ` · ${c.postcodeDistrict}` : ""}
                  </p>
                  <WaitingListSummary list={waitingAt.get(c.id)} t={t} />
                  <p className="text-sm text-slate-700">
                    {c.leads.length === 0
                      ? t("noLead")
                      : t("ledBy", { leads: c.leads.map((l) => l.name ?? l.email).join(", ") })}
                  </p>
                </div>
                {c.registered === 0 && c.teams === 0 ? (
                  <DeleteCentreButton
                    eventId={event.id}
                    centreId={c.id}
                    name={c.name}
                    words={deleteCentreWords(centreForm, c.name)}
                  />
                ) : null}
              </div>
              <details>
                <summary className="cursor-pointer font-medium text-brand-700">
                  {t("edit")}
                  <span className="sr-only"> {c.name}</span>
                </summary>
                <div className="mt-3">
                  <CentreForm
                    eventId={event.id}
                    centreId={c.id}
                    words={formWords}
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
          {t("add")}
        </h2>
        <CentreForm eventId={event.id} words={formWords} />
      </section>

      <VenueInvitationsSection eventId={event.id} timeZone={event.timeZone} invitations={venueInvitations} />
    </div>
  );
}

/** A centre's waiting list in a line, and who is on it (alias, else first name and initial) when asked. */
function WaitingListSummary({
  list,
  t,
}: {
  list:
    { waiting: number; offered: number; entries: { id: string; name: string; status: string }[] } | undefined;
  /** The page's "ManageCentres" messages. */
  t: Awaited<ReturnType<typeof getTranslations<"ManageCentres">>>;
}) {
  if (!list || list.entries.length === 0) return null;
  return (
    <details className="text-sm text-slate-700">
      <summary className="cursor-pointer">
        {t("waitingList", { waiting: list.waiting })}
        {list.offered > 0 ? ` · ${t("offeredCount", { offered: list.offered })}` : ""}
      </summary>
      <ol className="mt-1 list-decimal pl-6">
        {list.entries.map((e) => (
          <li key={e.id}>
            {e.name}
            {e.status === "OFFERED" ? ` ${t("offered")}` : ""}
          </li>
        ))}
      </ol>
    </details>
  );
}
