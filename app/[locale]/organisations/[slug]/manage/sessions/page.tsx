import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { PageHeader } from "~/app/_components/page-header";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { timeZoneOptions } from "~/app/_components/time-zones";
import {
  cardTitleClass,
  linkClass,
  mutedClass,
  sectionTitleClass,
  strongLinkClass,
  titleLinkClass,
} from "~/app/_components/text-styles";
import { agesLabel, costLabel, weekdayName } from "~/server/directory/rules";
import { SessionActions, SessionForm } from "./session-form";
import { emptySession, loadSessions } from "./load";
import { sessionActionsWords, sessionFormWords } from "./session-words";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("WeeklySessions");

type Props = { params: Promise<{ slug: string }> };

export default async function SessionsPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/organisations/${slug}/manage/sessions`);
  const [data, t, formT, timeZoneT] = await Promise.all([
    loadSessions(slug),
    getTranslations("WeeklySessions"),
    getTranslations("SessionForm"),
    getTranslations("TimeZoneCombobox"),
  ]);
  if (!data) {
    return <Refused title={t("title")}>{t("refused")}</Refused>;
  }
  const { organisation, myRole, sessions, operatorApprovedAt } = data;
  const canChange = myRole === "OWNER" && operatorApprovedAt !== null;
  const actionsWords = sessionActionsWords(formT);
  const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <div className="space-y-8">
      <PageHeader
        back={{ href: `/organisations/${slug}/manage`, label: organisation.name }}
        title={t("title")}
      >
        <p className="max-w-3xl text-slate-700">
          {t.rich("intro", {
            link: (chunks: ReactNode) => (
              <Link href="/directory" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </PageHeader>
      {operatorApprovedAt === null ? (
        <p className={`${cardClass} text-slate-700`}>
          {t.rich("notOperator", {
            link: (chunks: ReactNode) => (
              <Link href={`/organisations/${slug}/manage`} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className={sectionTitleClass}>
          {t("yourSessions")}
        </h2>
        {sessions.length === 0 ? (
          <EmptyState title={t("noSessions")}>{t("noSessionsBody")}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {sessions.map((session) => {
              // Owners see who booked a club that books here; anyone sees a listed club's public page.
              const bookingsHref =
                session.placesHere !== null && myRole === "OWNER"
                  ? `/organisations/${slug}/manage/sessions/${session.id}/bookings`
                  : null;
              const clubHref =
                session.publishedAt && operatorApprovedAt ? `/directory/clubs/${session.id}` : null;
              return (
                <li key={session.id} className={`space-y-2 ${cardClass}`} data-testid="session-row">
                  <div className="flex flex-wrap items-center gap-3">
                    <h3 className={cardTitleClass}>
                      {canChange ? (
                        <Link
                          href={`/organisations/${slug}/manage/sessions/${session.id}`}
                          className={titleLinkClass}
                        >
                          {session.title}
                        </Link>
                      ) : (
                        session.title
                      )}
                    </h3>
                    {session.publishedAt ? (
                      <Badge tone="success">{t("inDirectory")}</Badge>
                    ) : (
                      <Badge tone="neutral">{t("draft")}</Badge>
                    )}
                  </div>
                  <p className={mutedClass}>
                    {t("schedule", {
                      day: weekdayName(session.weekday),
                      start: session.startTime,
                      end: session.endTime,
                    })}
                    {" · "}
                    {session.mode === "ONLINE"
                      ? t("online")
                      : `${session.venueName}, ${session.postcodeDistrict}`}
                    {" · "}
                    {agesLabel(session.minAge, session.maxAge)}
                    {" · "}
                    {costLabel(session.costPence)}
                  </p>
                  {session.placesHere !== null ? (
                    <p className={mutedClass}>
                      {t("placesBooked", {
                        booked: session.bookings.booked,
                        places: session.placesHere,
                        waiting: session.bookings.waiting,
                      })}
                    </p>
                  ) : null}
                  {bookingsHref || clubHref ? (
                    <p className="flex flex-wrap gap-x-4 gap-y-1">
                      {bookingsHref ? (
                        <Link href={bookingsHref} className={strongLinkClass}>
                          {t.rich("seeBookings", { title: session.title, sr })}
                        </Link>
                      ) : null}
                      {clubHref ? (
                        <Link href={clubHref} className={strongLinkClass}>
                          {t.rich("clubPage", { title: session.title, sr })}
                        </Link>
                      ) : null}
                    </p>
                  ) : null}
                  {canChange ? (
                    <SessionActions
                      organisationId={organisation.id}
                      sessionId={session.id}
                      title={session.title}
                      published={session.publishedAt !== null}
                      words={actionsWords}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {canChange ? (
        <section aria-labelledby="add-heading" className={`space-y-4 ${cardClass}`}>
          <h2 id="add-heading" className={sectionTitleClass}>
            {t("addHeading")}
          </h2>
          <SessionForm
            organisationId={organisation.id}
            session={null}
            empty={emptySession}
            timeZones={timeZoneOptions()}
            words={sessionFormWords(formT, timeZoneT)}
          />
        </section>
      ) : null}
    </div>
  );
}
