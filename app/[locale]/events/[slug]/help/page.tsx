import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requireUser } from "~/app/_components/guards";
import { TeamRegisterFirst } from "~/app/_components/team-register-first";
import { linkClass, pageTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { HydrateClient, prefetch, serverCaller, trpc } from "~/app/trpc/server";
import { NO_CENTRE } from "~/server/help/rules";
import { isNotRegistered, loadEvent } from "../load-event";
import { HelpPanel } from "./help-panel";

export const metadata: Metadata = { title: "Ask a mentor for help" };

type Props = { params: Promise<{ slug: string }> };

/**
 * A team asks a mentor at its centre for help: what about, in a sentence, and where it sits; then sees
 * its place in the queue, kept fresh while the page is open. Written for a 12-year-old first.
 */
export default async function HelpPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/help`);
  const event = await loadEvent(slug);
  let mine;
  try {
    mine = await (await serverCaller()).teams.mine({ eventId: event.id });
  } catch (error) {
    if (isNotRegistered(error)) return <TeamRegisterFirst slug={slug} eventName={event.name} />;
    throw error;
  }
  const team = mine.team;
  if (team) prefetch(trpc.help.mine.queryOptions({ eventId: event.id, teamId: team.id }));
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${slug}/team`} className={linkClass}>
            {team ? team.name : "My team"}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Ask a mentor for help</h1>
        <p className="text-slate-700">
          Stuck? Tell the mentors at your centre what you need and where you are sitting, and one of them will
          come to you. There is no chat here: a mentor comes over and talks to you in person.
        </p>
      </header>
      {team ? (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <HydrateClient>
            <HelpPanel eventId={event.id} teamId={team.id} noCentreMessage={NO_CENTRE} />
          </HydrateClient>
        </Suspense>
      ) : (
        <p>
          You need to be in a team to ask for help.{" "}
          <Link href={`/events/${slug}/team`} className={strongLinkClass}>
            Go to My team
          </Link>
        </p>
      )}
    </div>
  );
}
