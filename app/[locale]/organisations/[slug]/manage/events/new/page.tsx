import type { Metadata } from "next";
import { EventForm } from "~/app/_components/event-form";
import { emptyEventForm } from "~/app/_components/event-form-values";
import { requireUser } from "~/app/_components/guards";
import { PageHeader } from "~/app/_components/page-header";
import { Refused } from "~/app/_components/refused";
import { timeZoneOptions } from "~/app/_components/time-zones";
import { orForbidden, serverCaller } from "~/app/trpc/server";

export const metadata: Metadata = { title: "New event" };

type Props = { params: Promise<{ slug: string }> };

/** An operator's owner creates a draft event run by the organisation. */
export default async function NewOperatorEventPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/organisations/${slug}/manage/events/new`);
  const caller = await serverCaller();
  const data = await orForbidden(
    (async () => {
      const { id } = await caller.organisations.bySlug({ slug });
      const [forMembers, operator] = await Promise.all([
        caller.organisations.forMembers({ organisationId: id }),
        caller.directory.sessions({ organisationId: id }),
      ]);
      return { ...forMembers, operator };
    })(),
  );
  if (!data || data.myRole !== "OWNER" || data.operator.operatorApprovedAt === null) {
    return (
      <Refused title="New event">
        Only owners of an organisation approved as an operator can create its events.
      </Refused>
    );
  }
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        back={{ href: `/organisations/${slug}/manage`, label: data.organisation.name }}
        title="New event"
      >
        <p className="text-slate-700">
          Run by {data.organisation.name}. The event starts as a draft that only its organisers can see; they
          publish it when it is ready.
        </p>
      </PageHeader>
      <EventForm
        mode="create"
        organisationId={data.organisation.id}
        timeZones={timeZoneOptions()}
        initial={emptyEventForm(user.email)}
      />
    </div>
  );
}
