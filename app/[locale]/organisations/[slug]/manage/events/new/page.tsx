import { getTranslations } from "next-intl/server";
import { EventForm } from "~/app/_components/event-form";
import { eventFormWords } from "~/app/_components/event-form-words";
import { emptyEventForm } from "~/app/_components/event-form-values";
import { requireUser } from "~/app/_components/guards";
import { PageHeader } from "~/app/_components/page-header";
import { Refused } from "~/app/_components/refused";
import { timeZoneOptions } from "~/app/_components/time-zones";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("NewEvent");

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
  const t = await getTranslations("NewEvent");
  if (!data || data.myRole !== "OWNER" || data.operator.operatorApprovedAt === null) {
    return <Refused title={t("title")}>{t("ownersOnly")}</Refused>;
  }
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        back={{ href: `/organisations/${slug}/manage`, label: data.organisation.name }}
        title={t("title")}
      >
        <p className="text-slate-700">{t("runBy", { organisation: data.organisation.name })}</p>
      </PageHeader>
      <EventForm
        mode="create"
        organisationId={data.organisation.id}
        timeZones={timeZoneOptions()}
        initial={emptyEventForm(user.email)}
        words={await eventFormWords()}
      />
    </div>
  );
}
