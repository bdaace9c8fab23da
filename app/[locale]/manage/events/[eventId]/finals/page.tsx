import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { RunningOrder } from "./running-order";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Finals show" };

type Props = { params: Promise<{ eventId: string }> };

const PHASE_TEXT = {
  NOT_STARTED: "Not started",
  LIVE: "Live now",
  ENDED: "Ended",
} as const;

/**
 * The organisers' finals page (finals.forOrganisers): the show's settings, the running order to drag
 * into shape, and the way to the presenter's projector view and the public page that follows it.
 */
export default async function ManageFinalsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/finals`);
  const caller = await serverCaller();
  const data = await orForbidden(
    Promise.all([caller.events.byIdForManagement({ eventId }), caller.finals.forOrganisers({ eventId })]),
  );
  if (!data)
    return <Refused title="Finals show">Only this event&apos;s organisers can run its finals.</Refused>;
  const [event, finals] = data;
  const onStage = finals.slots.find((s) => s.id === finals.show.currentSlotId)?.project.id ?? null;
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Finals show</h1>
        <p className="text-slate-700">
          Put the finalists in the order they present, then run the show from the presenter view on the
          projector. The{" "}
          <Link href={`/events/${event.slug}/finals`} className={linkClass}>
            public finals page
          </Link>{" "}
          follows it live, with your stream, for everyone watching from home. Young people are named there
          only with their guardian&apos;s consent to photos and video; otherwise it says &ldquo;a team
          member&rdquo;.
        </p>
        <p className="flex flex-wrap items-center gap-3">
          <Link href={`/manage/events/${event.id}/finals/present`} className={buttonClass}>
            Open the presenter view
          </Link>
          <Link href={`/events/${event.slug}/finals`} className={secondaryButtonClass}>
            Public finals page
          </Link>
          <span className={mutedClass} data-testid="finals-phase">
            {PHASE_TEXT[finals.show.phase]}
          </span>
        </p>
      </header>
      <section aria-labelledby="settings-heading" className={`space-y-4 ${cardClass}`}>
        <h2 id="settings-heading" className={sectionTitleClass}>
          Settings
        </h2>
        <SettingsForm
          eventId={event.id}
          initial={{
            title: finals.show.title,
            minutesPerEntry: finals.show.minutesPerEntry,
            streamUrl: finals.show.streamUrl,
          }}
        />
      </section>
      <div className={cardClass}>
        <RunningOrder
          key={finals.slots.map((s) => s.project.id).join()}
          eventId={event.id}
          initial={finals.slots.map((s) => s.project.id)}
          candidates={finals.candidates}
          finalsRounds={finals.finalsRounds}
          onStage={onStage}
        />
      </div>
    </div>
  );
}
