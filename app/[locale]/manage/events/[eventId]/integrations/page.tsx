import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { IntegrationsPage } from "~/app/_components/integrations-page";
import { Refused } from "~/app/_components/refused";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("IntegrationsPage");

type Props = { params: Promise<{ eventId: string }> };

/**
 * The event's organisers connect their own systems: API tokens for the event, and webhooks that send its
 * news (challenges, projects, results, registrations).
 */
export default async function EventIntegrationsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/integrations`);
  const caller = await serverCaller();
  const t = await getTranslations("IntegrationsPage");
  const data = await orForbidden(
    (async () => {
      const [event, hooks, tokens] = await Promise.all([
        caller.events.byIdForManagement({ eventId }),
        caller.webhooks.listForEvent({ eventId }),
        caller.apiTokens.listForEvent({ eventId }),
      ]);
      return { event, hooks, tokens };
    })(),
  );
  if (!data) return <Refused title={t("title")}>{t("eventRefused")}</Refused>;
  const { event, hooks, tokens } = data;
  return (
    <IntegrationsPage
      back={{ href: `/manage/events/${event.id}`, label: event.name }}
      sends={t("eventSends")}
      owner={{ kind: "event", eventId: event.id }}
      hooks={hooks}
      tokens={tokens}
      timeZone={event.timeZone}
    />
  );
}
