import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { labelsOf } from "~/server/i18n/labels";
import { ActionForm } from "./action-form";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageConcern");

/** The messages ActionForm says. */
const ACTION_FORM = [
  "text",
  "textHint",
  "afterwards",
  "staysOpen",
  "close",
  "recording",
  "record",
  "recorded",
] as const;

type Props = { params: Promise<{ eventId: string; concernId: string }> };

/** One concern, for someone it was routed to: this visit is recorded before anything is shown. */
export default async function ConcernPage({ params }: Props) {
  const { eventId, concernId } = await params;
  await requireUser(`/manage/events/${eventId}/concerns/${concernId}`);
  const [concern, t] = await Promise.all([
    orForbidden((await serverCaller()).concerns.get({ eventId, concernId })),
    getTranslations("ManageConcern"),
  ]);
  if (!concern) {
    return <Refused title={t("title")}>{t("refused")}</Refused>;
  }
  const zone = concern.event.timeZone;
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}/concerns`} className={linkClass}>
            {t("back", { event: concern.event.name })}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("heading", { when: formatInZone(concern.createdAt, zone) })}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={concern.status === "OPEN" ? "warning" : "success"}>
            {t(`status.${concern.status}`)}
          </Badge>
          {concern.aboutLead ? <span>{t("aboutLead")}</span> : null}
        </p>
      </header>
      <section aria-labelledby="report-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="report-heading" className={sectionTitleClass}>
          {t("reportHeading")}
        </h2>
        <p className="whitespace-pre-wrap">{concern.description}</p>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("about")}</dt>
          <dd>{concern.about || t("notSaid")}</dd>
          <dt className="font-medium">{t("reportedBy")}</dt>
          <dd>
            {concern.reporterName || t("notSaid")}{" "}
            {concern.reportedSignedIn ? t("signedIn") : t("notSignedIn")}
          </dd>
          <dt className="font-medium">{t("contact")}</dt>
          <dd>{concern.reporterContact || t("notGiven")}</dd>
        </dl>
      </section>
      <section aria-labelledby="actions-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="actions-heading" className={sectionTitleClass}>
          {t("actionsHeading")}
        </h2>
        {concern.actions.length === 0 ? (
          <p>{t("nothingYet")}</p>
        ) : (
          <ol className="space-y-3">
            {concern.actions.map((action) => (
              <li key={action.id} className="border-l-4 border-slate-300 pl-3">
                <p className="whitespace-pre-wrap">{action.text}</p>
                <p className={mutedClass}>
                  {action.by}, {formatInZone(action.at, zone)}
                </p>
              </li>
            ))}
          </ol>
        )}
        <ActionForm
          eventId={eventId}
          concernId={concernId}
          status={concern.status}
          words={labelsOf((key) => t(key), ACTION_FORM)}
        />
      </section>
      <section aria-labelledby="reads-heading" className={`space-y-2 ${cardClass}`}>
        <h2 id="reads-heading" className={sectionTitleClass}>
          {t("readsHeading")}
        </h2>
        <ul className="space-y-1">
          {concern.reads.map((read) => (
            <li key={read.id}>
              {read.by}, {formatInZone(read.at, zone)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
