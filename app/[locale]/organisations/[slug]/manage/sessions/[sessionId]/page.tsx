import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { PageHeader } from "~/app/_components/page-header";
import { cardClass } from "~/app/_components/card";
import { strongLinkClass } from "~/app/_components/text-styles";
import { timeZoneOptions } from "~/app/_components/time-zones";
import { emptySession, loadSessions, sessionFormValues } from "../load";
import { SessionForm } from "../session-form";
import { sessionFormWords } from "../session-words";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("WeeklySessions", "changeTitle");

type Props = { params: Promise<{ slug: string; sessionId: string }> };

export default async function SessionPage({ params }: Props) {
  const { slug, sessionId } = await params;
  await requireUser(`/organisations/${slug}/manage/sessions/${sessionId}`);
  const [data, t, formT, timeZoneT] = await Promise.all([
    loadSessions(slug),
    getTranslations("WeeklySessions"),
    getTranslations("SessionForm"),
    getTranslations("TimeZoneCombobox"),
  ]);
  if (!data || data.myRole !== "OWNER" || data.operatorApprovedAt === null) {
    return <Refused title={t("changeTitle")}>{t("changeRefused")}</Refused>;
  }
  const session = data.sessions.find((s) => s.id === sessionId);
  if (!session) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        back={{ href: `/organisations/${slug}/manage/sessions`, label: t("title") }}
        title={session.title}
        actions={
          session.placesHere !== null ? (
            <Link
              href={`/organisations/${slug}/manage/sessions/${session.id}/bookings`}
              className={strongLinkClass}
            >
              {t.rich("seeBookings", {
                title: session.title,
                sr: (chunks: ReactNode) => <span className="sr-only">{chunks}</span>,
              })}
            </Link>
          ) : undefined
        }
      />
      <div className={cardClass}>
        <SessionForm
          organisationId={data.organisation.id}
          empty={emptySession}
          timeZones={timeZoneOptions()}
          words={sessionFormWords(formT, timeZoneT)}
          session={sessionFormValues(session)}
        />
      </div>
    </div>
  );
}
