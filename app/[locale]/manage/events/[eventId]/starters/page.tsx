import type { Metadata } from "next";
import Link from "next/link";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { StarterList } from "~/app/_components/starter-list";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { DeleteStarter, StarterForm } from "./starter-form";

export const metadata: Metadata = { title: "Starter projects" };

type Props = { params: Promise<{ eventId: string }> };

/**
 * Starter projects for beginners: organisers write them for the event, a sponsor for its own challenge.
 * Participants see them on their registration page, those new to coding first.
 */
export default async function StartersPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/starters`);
  const caller = await serverCaller();
  const view = await orNotFound(caller.starters.manage({ eventId }));
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link
            href={view.organiser ? `/manage/events/${eventId}` : `/events/${view.event.slug}`}
            className={linkClass}
          >
            {view.event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Starter projects</h1>
        <p className="text-slate-700">
          Small projects a beginner can finish in a day, with a link to the data or a tutorial to start from.
          Participants who are new to coding see them first on their registration page.
          {view.organiser ? "" : " You write them for your own challenges."}
        </p>
      </header>
      <section aria-labelledby="add-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="add-heading" className={sectionTitleClass}>
          Add a starter project
        </h2>
        <StarterForm
          eventId={eventId}
          organiser={view.organiser}
          challenges={view.challenges}
          starter={null}
        />
      </section>
      {view.starters.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <div className="space-y-3">
          <StarterList starters={view.starters} beginner={false} />
          <section aria-labelledby="edit-heading" className="space-y-3">
            <h2 id="edit-heading" className={sectionTitleClass}>
              Change or delete
            </h2>
            <ul className="space-y-3">
              {view.starters.map((s) => (
                <li key={s.id} className={`${cardClass} space-y-2`}>
                  <p className="font-semibold">{s.title}</p>
                  <details>
                    <summary className="cursor-pointer font-medium text-brand-700">Change it</summary>
                    <div className="mt-3">
                      <StarterForm
                        eventId={eventId}
                        organiser={view.organiser}
                        challenges={view.challenges}
                        starter={{
                          id: s.id,
                          title: s.title,
                          summary: s.summary,
                          level: s.level,
                          links: s.links,
                          challengeId: s.challenge?.id ?? "",
                        }}
                      />
                    </div>
                  </details>
                  <DeleteStarter eventId={eventId} starterId={s.id} title={s.title} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </div>
  );
}
