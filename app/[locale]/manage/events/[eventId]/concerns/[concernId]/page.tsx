import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { ActionForm } from "./action-form";

export const metadata: Metadata = { title: "Safeguarding concern" };

type Props = { params: Promise<{ eventId: string; concernId: string }> };

/** One concern, for someone it was routed to: this visit is recorded before anything is shown. */
export default async function ConcernPage({ params }: Props) {
  const { eventId, concernId } = await params;
  await requireUser(`/manage/events/${eventId}/concerns/${concernId}`);
  const concern = await orForbidden((await serverCaller()).concerns.get({ eventId, concernId }));
  if (!concern) {
    return <Refused title="Safeguarding concern">Only the people a concern was sent to can read it.</Refused>;
  }
  const zone = concern.event.timeZone;
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}/concerns`} className={linkClass}>
            Safeguarding concerns · {concern.event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Concern reported {formatInZone(concern.createdAt, zone)}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={concern.status === "OPEN" ? "warning" : "success"}>
            {concern.status === "OPEN" ? "Open" : "Closed"}
          </Badge>
          {concern.aboutLead ? <span>The reporter said it is about a safeguarding lead.</span> : null}
        </p>
      </header>
      <section aria-labelledby="report-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="report-heading" className={sectionTitleClass}>
          What was reported
        </h2>
        <p className="whitespace-pre-wrap">{concern.description}</p>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">About</dt>
          <dd>{concern.about || "Not said"}</dd>
          <dt className="font-medium">Reported by</dt>
          <dd>
            {concern.reporterName || "Not said"}
            {concern.reportedSignedIn ? " (signed in)" : " (not signed in)"}
          </dd>
          <dt className="font-medium">How to reach them</dt>
          <dd>{concern.reporterContact || "Not given"}</dd>
        </dl>
      </section>
      <section aria-labelledby="actions-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="actions-heading" className={sectionTitleClass}>
          What was done
        </h2>
        {concern.actions.length === 0 ? (
          <p>Nothing recorded yet.</p>
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
        <ActionForm eventId={eventId} concernId={concernId} status={concern.status} />
      </section>
      <section aria-labelledby="reads-heading" className={`space-y-2 ${cardClass}`}>
        <h2 id="reads-heading" className={sectionTitleClass}>
          Who read it
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
