import type { Metadata } from "next";
import Link from "next/link";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { requireUser } from "~/app/_components/guards";
import {
  DeliveryLog,
  EndpointCard,
  EndpointForm,
  type IntegrationOwner,
} from "~/app/_components/integrations";
import { Refused } from "~/app/_components/refused";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";

export const metadata: Metadata = { title: "Integrations" };

type Props = { params: Promise<{ eventId: string }> };

/** Webhooks: the event's organisers send its news (challenges, projects, results, registrations) to their own systems. */
export default async function EventIntegrationsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/integrations`);
  const caller = await serverCaller();
  const data = await orForbidden(
    (async () => {
      const [event, hooks] = await Promise.all([
        caller.events.byIdForManagement({ eventId }),
        caller.webhooks.listForEvent({ eventId }),
      ]);
      return { event, hooks };
    })(),
  );
  if (!data)
    return (
      <Refused title="Integrations">Only this event&apos;s organisers can manage its integrations.</Refused>
    );
  const { event, hooks } = data;
  const owner: IntegrationOwner = { kind: "event", eventId: event.id };
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Integrations</h1>
        <p className="text-slate-700">
          Webhooks send a signed message to your own system when something happens in this event: a challenge
          changes status, a project is submitted, results are published, a registration is confirmed. Messages
          carry ids and the names of events, challenges, teams and projects, never anything about a person.
          How to check the signature is in the{" "}
          <a href="https://www.standardwebhooks.com" className={linkClass}>
            Standard Webhooks
          </a>{" "}
          specification and our API documentation.
        </p>
      </header>
      <section aria-labelledby="endpoints-heading" className="space-y-3">
        <h2 id="endpoints-heading" className={sectionTitleClass}>
          Endpoints
        </h2>
        {hooks.endpoints.length === 0 ? <EmptyState title="No endpoints yet." /> : null}
        <ul className="space-y-3">
          {hooks.endpoints.map((e) => (
            <EndpointCard key={e.id} owner={owner} types={hooks.types} endpoint={e} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="add-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="add-heading" className={sectionTitleClass}>
          Add an endpoint
        </h2>
        <EndpointForm owner={owner} types={hooks.types} endpoint={null} />
      </section>
      <DeliveryLog owner={owner} timeZone={event.timeZone} zoneName={event.timeZone} />
    </div>
  );
}
