import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { MAX_PROMPT_MESSAGE, PROMPT_LABELS } from "~/server/prompts/rules";
import { formatInZone } from "~/server/time/zoned";
import { PromptCard, type PromptCardWords } from "./prompt-card";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManagePrompts");

/** The cards' plain messages; `sent` and `forThisEvent` are raw templates they fill in. */
const WORDS = [
  "saved",
  "savedOff",
  "on",
  "off",
  "send",
  "message",
  "saving",
  "save",
  "preview",
  "hello",
] as const;

type Props = { params: Promise<{ eventId: string }> };

/** The event's timely prompts (prompts.listForEvent): what each says, to whom and when; on or off; reworded. */
export default async function PromptsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/prompts`);
  const caller = await serverCaller();
  const [data, t] = await Promise.all([
    orForbidden(
      Promise.all([caller.events.byIdForManagement({ eventId }), caller.prompts.listForEvent({ eventId })]),
    ),
    getTranslations("ManagePrompts"),
  ]);
  if (!data) {
    return <Refused title={t("title")}>{t("refused")}</Refused>;
  }
  const words: PromptCardWords = {
    ...labelsOf((key) => t(key), WORDS),
    sent: t.raw("sent") as string,
    forThisEvent: t.raw("forThisEvent") as string,
    messageHint: t("messageHint", { max: MAX_PROMPT_MESSAGE }),
  };
  const [event, prompts] = data;
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">{t("intro", { timeZone: event.timeZone })}</p>
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
            words={words}
          />
        ))}
      </ul>
    </div>
  );
}
