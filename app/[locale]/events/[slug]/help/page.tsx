import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { requireUser } from "~/app/_components/guards";
import { TeamRegisterFirst } from "~/app/_components/team-register-first";
import { linkClass, pageTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { HydrateClient, prefetch, serverCaller, trpc } from "~/app/trpc/server";
import { MAX_HELP_DESCRIPTION } from "~/server/help/limits";
import { NO_CENTRE } from "~/server/help/rules";
import { labelsOf } from "~/server/i18n/labels";
import { isNotRegistered, loadEvent } from "../load-event";
import { HelpPanel, type HelpPanelWords } from "./help-panel";
import { titleFrom } from "~/app/_components/page-title";

const WORDS = [
  "requestHeading",
  "stayPut",
  "updatesItself",
  "about",
  "whatYouNeed",
  "whereYouSit",
  "cancelling",
  "cancelRequest",
  "sortedIt",
  "topic",
  "description",
  "location",
  "chooseOne",
  "locationHint",
  "asking",
  "ask",
] as const;

/** Sentences the panel fills in itself with what the queue says (fillTemplate). */
const TEMPLATES = ["resolved", "waiting", "askAt", "charactersLeft", "charactersTooMany"] as const;

export const generateMetadata = titleFrom("HelpPage");

type Props = { params: Promise<{ slug: string }> };

/**
 * A team asks a mentor at its centre for help: what about, in a sentence, and where it sits; then sees
 * its place in the queue, kept fresh while the page is open. Written for a 12-year-old first.
 */
export default async function HelpPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/help`);
  const [event, t, panel] = await Promise.all([
    loadEvent(slug),
    getTranslations("HelpPage"),
    getTranslations("HelpPanel"),
  ]);
  let mine;
  try {
    mine = await (await serverCaller()).teams.mine({ eventId: event.id });
  } catch (error) {
    if (isNotRegistered(error)) return <TeamRegisterFirst slug={slug} eventName={event.name} />;
    throw error;
  }
  const team = mine.team;
  if (team) prefetch(trpc.help.mine.queryOptions({ eventId: event.id, teamId: team.id }));
  const words: HelpPanelWords = {
    ...labelsOf((key) => panel(key), WORDS),
    ...labelsOf((key) => panel.raw(key) as string, TEMPLATES),
    descriptionHint: panel("descriptionHint", { max: MAX_HELP_DESCRIPTION }),
  };
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${slug}/team`} className={linkClass}>
            {team ? team.name : t("myTeam")}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      {team ? (
        <Suspense fallback={<p role="status">{t("loading")}</p>}>
          <HydrateClient>
            <HelpPanel eventId={event.id} teamId={team.id} noCentreMessage={NO_CENTRE} words={words} />
          </HydrateClient>
        </Suspense>
      ) : (
        <p>
          {t.rich("needTeam", {
            link: (chunks: ReactNode) => (
              <Link href={`/events/${slug}/team`} className={strongLinkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </div>
  );
}
