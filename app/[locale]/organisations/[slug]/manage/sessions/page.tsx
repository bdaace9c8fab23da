import type { Metadata } from "next";
import Link from "next/link";
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
  titleLinkClass,
} from "~/app/_components/text-styles";
import { agesLabel, costLabel, weekdayName } from "~/server/directory/rules";
import { SessionActions, SessionForm } from "./session-form";
import { emptySession, loadSessions } from "./load";

export const metadata: Metadata = { title: "Weekly sessions" };

type Props = { params: Promise<{ slug: string }> };

export default async function SessionsPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/organisations/${slug}/manage/sessions`);
  const data = await loadSessions(slug);
  if (!data) {
    return <Refused title="Weekly sessions">Only members of this organisation can see its sessions.</Refused>;
  }
  const { organisation, myRole, sessions, operatorApprovedAt } = data;
  const canChange = myRole === "OWNER" && operatorApprovedAt !== null;
  return (
    <div className="space-y-8">
      <PageHeader
        back={{ href: `/organisations/${slug}/manage`, label: organisation.name }}
        title="Weekly sessions"
      >
        <p className="max-w-3xl text-slate-700">
          Clubs you run every week. Published sessions are listed in the{" "}
          <Link href="/directory" className={linkClass}>
            directory
          </Link>{" "}
          and its calendar feed, where young people and families find them by age, area and level.
        </p>
      </PageHeader>
      {operatorApprovedAt === null ? (
        <p className={`${cardClass} text-slate-700`}>
          Only organisations approved as operators list sessions. An owner can ask for approval on the{" "}
          <Link href={`/organisations/${slug}/manage`} className={linkClass}>
            organisation&apos;s page
          </Link>
          .
        </p>
      ) : null}
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className={sectionTitleClass}>
          Your sessions
        </h2>
        {sessions.length === 0 ? (
          <EmptyState title="No sessions yet.">Add your first one below: it starts as a draft.</EmptyState>
        ) : (
          <ul className="space-y-3">
            {sessions.map((session) => (
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
                    <Badge tone="success">In the directory</Badge>
                  ) : (
                    <Badge tone="neutral">Draft</Badge>
                  )}
                </div>
                <p className={mutedClass}>
                  Every {weekdayName(session.weekday)}, {session.startTime}–{session.endTime} ·{" "}
                  {session.mode === "ONLINE" ? "Online" : `${session.venueName}, ${session.postcodeDistrict}`}{" "}
                  · {agesLabel(session.minAge, session.maxAge)} · {costLabel(session.costPence)}
                </p>
                {canChange ? (
                  <SessionActions
                    organisationId={organisation.id}
                    sessionId={session.id}
                    title={session.title}
                    published={session.publishedAt !== null}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canChange ? (
        <section aria-labelledby="add-heading" className={`space-y-4 ${cardClass}`}>
          <h2 id="add-heading" className={sectionTitleClass}>
            Add a weekly session
          </h2>
          <SessionForm
            organisationId={organisation.id}
            session={null}
            empty={emptySession}
            timeZones={timeZoneOptions()}
          />
        </section>
      ) : null}
    </div>
  );
}
