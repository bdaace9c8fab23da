import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { PROMPT_LABELS } from "~/server/prompts/rules";
import { formatInZone } from "~/server/time/zoned";
import { PromptCard } from "./prompt-card";

export const metadata: Metadata = { title: "Reminders" };

type Props = { params: Promise<{ eventId: string }> };

/** The event's timely prompts (prompts.listForEvent): what each says, to whom and when; on or off; reworded. */
export default async function PromptsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/prompts`);
  const caller = await serverCaller();
  const data = await orForbidden(
    Promise.all([caller.events.byIdForManagement({ eventId }), caller.prompts.listForEvent({ eventId })]),
  );
  if (!data) {
    return <Refused title="Reminders">Only this event&apos;s organisers can change its reminders.</Refused>;
  }
  const [event, prompts] = data;
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Reminders</h1>
        <p className="text-slate-700">
          Short emails that keep people going when it matters. Each goes once to each person, between 08:00
          and 21:00 in the event&apos;s time zone ({event.timeZone}), never at night. People can turn them off
          in their email settings. None ever asks anyone to share more about themselves.
        </p>
      </header>
      <ul className="space-y-4">
        {prompts.map((prompt) => (
          <PromptCard
            key={prompt.kind}
            eventId={event.id}
            prompt={{
              ...prompt,
              label: PROMPT_LABELS[prompt.kind],
              from: prompt.from ? formatInZone(prompt.from, event.timeZone) : null,
            }}
          />
        ))}
      </ul>
    </div>
  );
}
