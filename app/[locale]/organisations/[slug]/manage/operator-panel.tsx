import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { linkClass, sectionTitleClass } from "~/app/_components/text-styles";
import { formatInZone } from "~/server/time/zoned";
import { labelsOf } from "~/server/i18n/labels";
import { RequestOperator } from "./request-operator";

/**
 * Whether the organisation runs its own events and clubs (an operator) and where to do so; for an owner
 * of one that is not, the way to ask. Members who are not owners only read.
 */
export function OperatorPanel({
  organisation,
  isOwner,
  operator,
}: {
  organisation: { id: string; slug: string };
  isOwner: boolean;
  operator: { requestedAt: Date | null; approvedAt: Date | null; sessions: number; published: number };
}) {
  const t = useTranslations("OperatorPanel");
  return (
    <section aria-labelledby="operator-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="operator-heading" className={sectionTitleClass}>
        {t("heading")}
      </h2>
      {operator.approvedAt ? (
        <>
          <p>
            {t.rich("approved", {
              link: (chunks: ReactNode) => (
                <Link href="/directory" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}{" "}
            {operator.sessions === 0
              ? t("noSessions")
              : t("sessionsListed", { published: operator.published, sessions: operator.sessions })}
          </p>
          <p className="flex flex-wrap gap-3">
            <Link href={`/organisations/${organisation.slug}/manage/sessions`} className={buttonClass}>
              {t("weeklySessions")}
            </Link>
            {isOwner ? (
              <Link
                href={`/organisations/${organisation.slug}/manage/events/new`}
                className={secondaryButtonClass}
              >
                {t("createEvent")}
              </Link>
            ) : null}
          </p>
        </>
      ) : operator.requestedAt ? (
        <p>{t("requested", { date: formatInZone(operator.requestedAt, "Europe/London") })}</p>
      ) : (
        <>
          <p>{t("invitation")}</p>
          {isOwner ? (
            <RequestOperator
              organisationId={organisation.id}
              words={labelsOf((key) => t(key), ["asking", "asked", "ask"] as const)}
            />
          ) : (
            <p className="text-sm text-slate-600">{t("ownerCanAsk")}</p>
          )}
        </>
      )}
    </section>
  );
}
