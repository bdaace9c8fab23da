import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, mutedClass, pageTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageConcerns");

type Props = { params: Promise<{ eventId: string }> };

/**
 * The concerns reported at an event that came to the caller (its safeguarding lead, or its organisers
 * for those about a lead or when there is none): when, and what state each is in. Their content is on
 * each concern's page, where reading it is recorded.
 */
export default async function ConcernsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/concerns`);
  const [list, t] = await Promise.all([
    orForbidden((await serverCaller()).concerns.list({ eventId })),
    getTranslations("ManageConcerns"),
  ]);
  if (!list) {
    return <Refused title={t("title")}>{t("refused")}</Refused>;
  }
  const { event } = list;
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p>{t("intro")}</p>
        {list.leads === 0 ? (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
            {t("noLead")}
          </p>
        ) : null}
      </header>
      {list.concerns.length === 0 ? (
        <p className={cardClass}>{t("none")}</p>
      ) : (
        <ul className={`divide-y divide-slate-200 ${cardClass} p-0`}>
          {list.concerns.map((concern) => (
            <li key={concern.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="space-y-1">
                <Link href={`/manage/events/${eventId}/concerns/${concern.id}`} className={linkClass}>
                  {t("reported", { when: formatInZone(concern.reportedAt, event.timeZone) })}
                </Link>
                <p className={mutedClass}>
                  {concern.actions === 0 ? t("nothingYet") : t("notes", { count: concern.actions })}
                  {concern.routedTo === "ORGANISER" ? ` · ${t("toOrganisers")}` : ""}
                </p>
              </div>
              <Badge tone={concern.status === "OPEN" ? "warning" : "success"}>
                {t(`status.${concern.status}`)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
