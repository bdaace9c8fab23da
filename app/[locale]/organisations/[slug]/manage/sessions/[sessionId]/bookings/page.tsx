import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "~/app/_components/badge";
import { panelClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { requireUser } from "~/app/_components/guards";
import { PageHeader } from "~/app/_components/page-header";
import { titleFrom } from "~/app/_components/page-title";
import { Refused } from "~/app/_components/refused";
import { linkClass, sectionTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { formatDateRangeInZone } from "~/server/time/zoned";
import { CancelBooking } from "./cancel-booking";
import { cancelBookingWords } from "./cancel-booking-words";

export const generateMetadata = titleFrom("ClubBookings");

type Props = { params: Promise<{ slug: string; sessionId: string }> };

/** The table's column headings, in order; a last column, named for screen readers only, holds the cancel buttons. */
const COLUMNS = ["name", "age", "status", "bookedBy", "bookedOn"] as const;

/**
 * Who booked a place at one of the organisation's clubs, and who is waiting (directory.bookings): for its
 * owners only, since it holds guardians' contact details. Each booking can be cancelled from here.
 */
export default async function ClubBookingsPage({ params }: Props) {
  const { slug, sessionId } = await params;
  await requireUser(`/organisations/${slug}/manage/sessions/${sessionId}/bookings`);
  const caller = await serverCaller();
  const [t, weekly] = await Promise.all([getTranslations("ClubBookings"), getTranslations("WeeklySessions")]);
  const data = await orForbidden(
    (async () => {
      const organisation = await caller.organisations.bySlug({ slug });
      const [{ club, bookings }, { sessions, operatorApprovedAt }] = await Promise.all([
        caller.directory.bookings({ organisationId: organisation.id, sessionId }),
        caller.directory.sessions({ organisationId: organisation.id }),
      ]);
      const timeZone = sessions.find((s) => s.id === club.id)?.timeZone ?? "Europe/London";
      return {
        organisation,
        club,
        bookings,
        timeZone,
        listed: club.publishedAt !== null && !!operatorApprovedAt,
      };
    })(),
  );
  if (!data) {
    return <Refused title={t("title")}>{t("refused")}</Refused>;
  }
  const { organisation, club, bookings, timeZone, listed } = data;
  const booked = bookings.filter((b) => b.status === "BOOKED").length;
  const waiting = bookings.length - booked;
  const words = cancelBookingWords(t);
  return (
    <div className="space-y-8">
      <PageHeader
        back={{ href: `/organisations/${slug}/manage/sessions`, label: weekly("title") }}
        title={t("heading", { title: club.title })}
        actions={
          listed ? (
            <Link href={`/directory/clubs/${club.id}`} className={strongLinkClass}>
              {t("clubPage")}
            </Link>
          ) : undefined
        }
      >
        <p>{t("intro")}</p>
        <p className="mt-2 font-semibold text-slate-900" data-testid="bookings-summary">
          {club.placesHere === null
            ? t("notHere")
            : t("summary", { booked, places: club.placesHere, waiting })}
        </p>
      </PageHeader>
      <section aria-labelledby="bookings-heading" className="space-y-3">
        <h2 id="bookings-heading" className={sectionTitleClass}>
          {t("listHeading")}
        </h2>
        {bookings.length === 0 ? (
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        ) : (
          <div
            className={`relative overflow-x-auto ${panelClass}`}
            tabIndex={0}
            role="region"
            aria-labelledby="bookings-heading"
          >
            <table className="min-w-full text-left text-sm" data-testid="club-bookings">
              <caption className="sr-only">{t("caption", { title: club.title })}</caption>
              <thead className="bg-slate-50 text-xs tracking-wide text-slate-700 uppercase">
                <tr>
                  {COLUMNS.map((h) => (
                    <th key={h} scope="col" className="px-3 py-2.5 font-semibold">
                      {t(`column.${h}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2.5 font-semibold">
                    <span className="sr-only">{t("column.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {bookings.map((b) => (
                  <tr key={b.id} className="hover:bg-slate-50" data-testid="booking-row">
                    <th scope="row" className="px-3 py-2 font-medium">
                      {b.name}
                    </th>
                    <td className="px-3 py-2">{b.age}</td>
                    <td className="px-3 py-2">
                      {b.status === "BOOKED" ? (
                        <Badge tone="success">{t("place")}</Badge>
                      ) : (
                        <Badge tone="warning">{t("waitingAt", { position: b.position ?? 0 })}</Badge>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      <span className="block">
                        {b.byGuardian ? (b.bookedBy.name ?? t("guardian")) : t("themselves")}
                      </span>
                      <a href={`mailto:${b.bookedBy.email}`} className={`break-all ${linkClass}`}>
                        {b.bookedBy.email}
                      </a>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={b.bookedAt.toISOString()}>
                        {formatDateRangeInZone(b.bookedAt, b.bookedAt, timeZone)}
                      </time>
                    </td>
                    <td className="px-3 py-2 text-right">
                      <CancelBooking
                        organisationId={organisation.id}
                        bookingId={b.id}
                        name={b.name}
                        status={b.status}
                        anyoneWaiting={waiting > 0}
                        words={words}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
