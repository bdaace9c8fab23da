import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "~/app/_components/empty-state";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { UpdateRow } from "./update-row";

export const metadata: Metadata = { title: "What happened next" };

type Props = { params: Promise<{ eventId: string }> };

/** The organisers' view of teams' updates (next.listForOrganisers), each with Hide (next.hideUpdate). */
export default async function ManageNextPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/next`);
  const caller = await serverCaller();
  const data = await orForbidden(
    Promise.all([caller.events.byIdForManagement({ eventId }), caller.next.listForOrganisers({ eventId })]),
  );
  if (!data) {
    return <Refused title="What happened next">Only this event&apos;s organisers can see this page.</Refused>;
  }
  const [event, updates] = data;
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>What happened next</h1>
        <p className="text-slate-700">
          Teams&apos; updates on their projects appear on the{" "}
          <Link href={`/events/${event.slug}/next`} className={linkClass}>
            public page
          </Link>{" "}
          as soon as they post them. Hide one that should not be public (a name, a phone number, a private
          link): the team sees your reason.
        </p>
      </header>
      {updates.length === 0 ? (
        <EmptyState title="No updates yet">
          Teams can post them from their project page after the deadline.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {updates.map((u) => (
            <UpdateRow
              key={u.id}
              eventId={event.id}
              update={{
                id: u.id,
                label: u.label,
                text: u.text,
                url: u.url,
                hiddenReason: u.hiddenAt ? (u.hiddenReason ?? "") : null,
                projectTitle: u.projectTitle,
                teamName: u.teamName,
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
