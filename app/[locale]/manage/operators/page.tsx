import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Operators" };

/** Platform admins: organisations asking to run their own events and clubs, and those that do. */
export default async function OperatorsPage() {
  const user = await requireUser("/manage/operators");
  if (!user.isPlatformAdmin) {
    return <Refused title="Operators">Only platform administrators approve operators.</Refused>;
  }
  const organisations = await (await serverCaller()).directory.operators();
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/manage", label: "Manage events" }} title="Operators">
        <p className="max-w-3xl text-slate-700">
          Operators run their own events and list weekly clubs in the{" "}
          <Link href="/directory" className={linkClass}>
            directory
          </Link>
          . Approve an organisation you know runs activities for young people safely; withdrawing takes its
          clubs out of the directory at once (its events stay, with their organisers).
        </p>
      </PageHeader>
      {organisations.length === 0 ? (
        <EmptyState title="No requests yet.">
          Owners of organisations ask from their organisation&apos;s page.
        </EmptyState>
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
                  <Badge tone="success">Operator</Badge>
                ) : (
                  <Badge tone="warning">Waiting</Badge>
                )}
              </div>
              <p className={mutedClass}>
                {organisationKindLabels[org.kind]}
                {org.website ? ` · ${org.website}` : ""}
                {org.operatorRequestedAt
                  ? ` · asked ${formatInZone(org.operatorRequestedAt, "Europe/London")}`
                  : ""}
                {org.operatorApprovedAt
                  ? ` · approved ${formatInZone(org.operatorApprovedAt, "Europe/London")}`
                  : ""}
                {` · ${org._count.sessions} weekly ${org._count.sessions === 1 ? "session" : "sessions"}, ${org._count.events} ${org._count.events === 1 ? "event" : "events"}`}
              </p>
              <OperatorDecision
                organisationId={org.id}
                name={org.name}
                approved={org.operatorApprovedAt !== null}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
