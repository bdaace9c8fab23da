import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, mutedClass, pageTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";

export const metadata: Metadata = { title: "Safeguarding concerns" };

type Props = { params: Promise<{ eventId: string }> };

/**
 * The concerns reported at an event that came to the caller (its safeguarding lead, or its organisers
 * for those about a lead or when there is none): when, and what state each is in. Their content is on
 * each concern's page, where reading it is recorded.
 */
export default async function ConcernsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/concerns`);
  const list = await orForbidden((await serverCaller()).concerns.list({ eventId }));
  if (!list) {
    return (
      <Refused title="Safeguarding concerns">
        Only the event&apos;s designated safeguarding lead and its organisers read the concerns sent to them.
      </Refused>
    );
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
        <h1 className={pageTitleClass}>Safeguarding concerns</h1>
        <p>
          Concerns anyone reported from the event&apos;s pages that came to you. Opening one records that you
          read it.
        </p>
        {list.leads === 0 ? (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
            This event has no designated safeguarding lead, so concerns come to its organisers. Name one under
            People on the event&apos;s page.
          </p>
        ) : null}
      </header>
      {list.concerns.length === 0 ? (
        <p className={cardClass}>No concerns have come to you.</p>
      ) : (
        <ul className={`divide-y divide-slate-200 ${cardClass} p-0`}>
          {list.concerns.map((concern) => (
            <li key={concern.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="space-y-1">
                <Link href={`/manage/events/${eventId}/concerns/${concern.id}`} className={linkClass}>
                  Reported {formatInZone(concern.reportedAt, event.timeZone)}
                </Link>
                <p className={mutedClass}>
                  {concern.actions === 0
                    ? "Nothing recorded yet"
                    : `${concern.actions} ${concern.actions === 1 ? "note" : "notes"} of what was done`}
                  {concern.routedTo === "ORGANISER" ? " · sent to the organisers" : ""}
                </p>
              </div>
              <Badge tone={concern.status === "OPEN" ? "warning" : "success"}>
                {concern.status === "OPEN" ? "Open" : "Closed"}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
