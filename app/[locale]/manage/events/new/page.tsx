import type { Metadata } from "next";
import { EventForm } from "~/app/_components/event-form";
import { emptyEventForm } from "~/app/_components/event-form-values";
import { requireUser } from "~/app/_components/guards";
import { timeZoneOptions } from "~/app/_components/time-zones";
import { pageTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  const user = await requireUser("/manage/events/new");
  if (!user.isPlatformAdmin) {
    return (
      <div className="max-w-xl space-y-3">
        <h1 className={pageTitleClass}>New event</h1>
        <p>
          Only platform administrators can create events. Ask one to create yours and name you as its
          organiser.
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className={pageTitleClass}>New event</h1>
      <p className="text-slate-700">
        The event starts as a draft that only its organisers can see. They publish it when it is ready.
      </p>
      <EventForm mode="create" timeZones={timeZoneOptions()} initial={emptyEventForm()} />
    </div>
  );
}
