import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { PageHeader } from "~/app/_components/page-header";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { cardTitleClass, linkClass, mutedClass, titleLinkClass } from "~/app/_components/text-styles";
import { serverCaller } from "~/app/trpc/server";
import { organisationKindLabels } from "~/server/organisations/schema";
import { formatInZone } from "~/server/time/zoned";
import { OperatorDecision } from "./operator-decision";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("Operators");

/** Platform admins: organisations asking to run their own events and clubs, and those that do. */
export default async function OperatorsPage() {
  const user = await requireUser("/manage/operators");
  const t = await getTranslations("Operators");
  if (!user.isPlatformAdmin) {
    return <Refused title={t("title")}>{t("refused")}</Refused>;
  }
  const organisations = await (await serverCaller()).directory.operators();
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/manage", label: t("back") }} title={t("title")}>
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
      {organisations.length === 0 ? (
        <EmptyState title={t("noRequests")}>{t("howToAsk")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {organisations.map((org) => (
            <li key={org.id} className={`space-y-2 ${cardClass}`} data-testid="operator-row">
              <div className="flex flex-wrap items-center gap-3">
                <h2 className={cardTitleClass}>
                  <Link href={`/organisations/${org.slug}`} className={titleLinkClass}>
                    {org.name}
                  </Link>
                </h2>
                {org.operatorApprovedAt ? (
                  <Badge tone="success">{t("operator")}</Badge>
                ) : (
                  <Badge tone="warning">{t("waiting")}</Badge>
                )}
              </div>
              <p className={mutedClass}>
                {organisationKindLabels[org.kind]}
                {org.website ? ` · ${org.website}` : ""}
                {org.operatorRequestedAt
                  ? ` · ${t("asked", { date: formatInZone(org.operatorRequestedAt, "Europe/London") })}`
                  : ""}
                {org.operatorApprovedAt
                  ? ` · ${t("approvedOn", { date: formatInZone(org.operatorApprovedAt, "Europe/London") })}`
                  : ""}
                {` · ${t("counts", { sessions: org._count.sessions, events: org._count.events })}`}
              </p>
              <OperatorDecision
                organisationId={org.id}
                approved={org.operatorApprovedAt !== null}
                words={{
                  withdraw: t("withdraw"),
                  withdrawTitle: t("withdrawTitle", { name: org.name }),
                  withdrawBody: t("withdrawBody"),
                  withdrawConfirm: t("withdrawConfirm"),
                  withdrawing: t("withdrawing"),
                  withdrawn: t("withdrawn", { name: org.name }),
                  approving: t("approving"),
                  approved: t("approved", { name: org.name }),
                  approve: t("approve", { name: org.name }),
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
