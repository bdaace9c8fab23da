import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { requireUser } from "~/app/_components/guards";
import { HydrateClient, orNotFound, prefetch, serverCaller, trpc } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { templatePickerWords } from "~/app/_components/template-picker-words";
import { AnnouncementForm } from "./announcement-form";
import { AnnouncementList } from "./announcement-list";
import { LiveOverview } from "./live-overview";
import { announcementFormWords, announcementListWords, liveOverviewWords } from "./dashboard-words";
import { linkClass, sectionTitleClass } from "~/app/_components/text-styles";
import { PageHeader } from "~/app/_components/page-header";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("EventDashboard");

type Props = { params: Promise<{ eventId: string }> };

export default async function DashboardPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/dashboard`);
  // Organisers only (404 for anyone else); then the counts start loading on the server and stream to
  // the client component, which keeps them fresh while the page is open.
  const api = await serverCaller();
  const event = await orNotFound(api.events.byIdForManagement({ eventId }));
  const announcements = await api.announcements.list({ slug: event.slug });
  prefetch(trpc.dashboard.overview.queryOptions({ eventId }));
  const [t, form, list] = await Promise.all([
    getTranslations("EventDashboard"),
    getTranslations("PostAnnouncement"),
    getTranslations("PostedAnnouncements"),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader back={{ href: `/manage/events/${event.id}`, label: event.name }} title={t("title")} />
      <Suspense fallback={<p role="status">{t("loading")}</p>}>
        <HydrateClient>
          <LiveOverview eventId={event.id} words={liveOverviewWords(t)} />
        </HydrateClient>
      </Suspense>
      <section aria-labelledby="exports-heading" className="space-y-2">
        <h2 id="exports-heading" className={sectionTitleClass}>
          {t("exports")}
        </h2>
        <ul className="list-inside list-disc">
          <li>
            <a href={`/api/events/${event.id}/registrations-csv`} className={linkClass}>
              {t("registrationsCsv")}
            </a>
          </li>
          <li>
            <a href={`/api/events/${event.id}/teams-csv`} className={linkClass}>
              {t("teamsCsv")}
            </a>
          </li>
          <li>
            <a href={`/api/events/${event.id}/submissions-csv`} className={linkClass}>
              {t("projectsCsv")}
            </a>
          </li>
        </ul>
      </section>
      <AnnouncementForm
        eventId={event.id}
        templateWords={await templatePickerWords()}
        words={announcementFormWords(form)}
      />
      <section aria-labelledby="posted-heading" className="space-y-3">
        <h2 id="posted-heading" className={sectionTitleClass}>
          {t("posted")}
        </h2>
        <AnnouncementList
          eventId={event.id}
          words={announcementListWords(list)}
          announcements={announcements.map((a) => ({
            id: a.id,
            title: a.title,
            body: a.body,
            postedAt: formatInZone(a.createdAt, event.timeZone),
            edited: a.editedAt !== null,
          }))}
        />
      </section>
    </div>
  );
}
