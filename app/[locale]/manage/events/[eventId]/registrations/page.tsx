import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { Refused } from "~/app/_components/refused";
import {
  ConsentToCheckNotice,
  RegistrationCounts,
  RegistrationsTable,
  WithoutCentreNotice,
} from "~/app/_components/registrations-table";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageRegistrations");

type Props = { params: Promise<{ eventId: string }> };

export default async function RegistrationsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/registrations`);
  const caller = await serverCaller();
  const loaded = await orForbidden(
    Promise.all([caller.events.byIdForManagement({ eventId }), caller.registrations.list({ eventId })]),
  );
  const t = await getTranslations("ManageRegistrations");
  if (!loaded) return <Refused title={t("title")}>{t("refused")}</Refused>;
  const [event, data] = loaded;
  const { counts, rows } = data;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="max-w-2xl text-slate-700">{t("intro")}</p>
      </header>
      <WithoutCentreNotice
        count={counts.withoutCentre}
        hasCentres={event.centres.length > 0}
        audience="organisers"
      />
      <ConsentToCheckNotice count={counts.consentToCheck} />
      <RegistrationCounts counts={counts} csvHref={`/api/events/${eventId}/registrations-csv`} />
      <RegistrationsTable
        rows={rows}
        heading={t("everyone")}
        moving={{ eventId, centres: event.centres.map((c) => ({ id: c.id, name: c.name })) }}
      />
    </div>
  );
}
