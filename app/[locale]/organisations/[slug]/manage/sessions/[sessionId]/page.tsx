import { getTranslations } from "next-intl/server";
import { breaksText } from "~/server/directory/schema";
import { notFound } from "next/navigation";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { PageHeader } from "~/app/_components/page-header";
import { cardClass } from "~/app/_components/card";
import { timeZoneOptions } from "~/app/_components/time-zones";
import { emptySession, loadSessions } from "../load";
import { SessionForm } from "../session-form";
import { sessionFormWords } from "../session-words";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("WeeklySessions", "changeTitle");

type Props = { params: Promise<{ slug: string; sessionId: string }> };

/** A pounds-and-pence price as the form shows it ("" for free). */
function poundsText(costPence: number): string {
  if (costPence === 0) return "";
  return (costPence / 100).toFixed(2);
}

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
      />
      <div className={cardClass}>
        <SessionForm
          organisationId={data.organisation.id}
          empty={emptySession}
          timeZones={timeZoneOptions()}
          words={sessionFormWords(formT, timeZoneT)}
          session={{
            id: session.id,
            title: session.title,
            description: session.description,
            weekday: String(session.weekday),
            startTime: session.startTime,
            endTime: session.endTime,
            timeZone: session.timeZone,
            startsOn: session.startsOn.toISOString().slice(0, 10),
            endsOn: session.endsOn ? session.endsOn.toISOString().slice(0, 10) : "",
            breaks: breaksText(session.breaks),
            mode: session.mode,
            venueName: session.venueName,
            addressLine: session.addressLine,
            postcodeDistrict: session.postcodeDistrict,
            minAge: String(session.minAge),
            maxAge: String(session.maxAge),
            level: session.level,
            cost: poundsText(session.costPence),
            bookingUrl: session.bookingUrl,
          }}
        />
      </div>
    </div>
  );
}
