import type { Metadata } from "next";
import { EXPERIENCE_LABELS } from "~/server/registrations/labels";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { FilterForm, FilterSelect } from "~/app/_components/filter-form";
import { ConsentPendingNotice } from "~/app/_components/consent-pending-notice";
import { Notice } from "~/app/_components/notice";
import { optionalId, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { TeamRegisterFirst } from "~/app/_components/team-register-first";
import { serverCaller } from "~/app/trpc/server";
import { CreateTeamForm, FinderOptIn, RequestToJoinButton } from "./finder-actions";
import { isNotRegistered, loadEvent } from "../load-event";
import {
  cardTitleClass,
  linkClass,
  pageTitleClass,
  sectionTitleClass,
  strongLinkClass,
} from "~/app/_components/text-styles";
import { cardClass, compactCardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";

export const metadata: Metadata = { title: "Teams" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export default async function TeamsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  // A centre id, or "all" (which the finder's select sends for every centre).
  const { centre } = parseSearchParams({ centre: optionalId() }, await searchParams);
  await requireUser(`/events/${slug}/teams`);
  const event = await loadEvent(slug);
  const caller = await serverCaller();
  let data;
  try {
    const [finder, mine] = await Promise.all([
      caller.teams.finder({ eventId: event.id, centre }),
      caller.teams.mine({ eventId: event.id }),
    ]);
    data = { finder, mine };
  } catch (error) {
    if (isNotRegistered(error)) return <TeamRegisterFirst slug={slug} eventName={event.name} />;
    throw error;
  }
  const { finder, mine } = data;
  const consentPending = mine.registrationStatus === "PENDING_CONSENT";
  const canAct = mine.canChangeTeam && !consentPending && !mine.team;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${slug}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Teams</h1>
        {mine.team ? (
          <p>
            You&apos;re in <strong>{mine.team.name}</strong>.{" "}
            <Link href={`/events/${slug}/team`} className={strongLinkClass}>
              Go to your team
            </Link>
          </p>
        ) : null}
        {!mine.canChangeTeam ? <Notice>{mine.teamNotice}</Notice> : null}
        {consentPending ? (
          <ConsentPendingNotice
            slug={slug}
            what="join or create a team, ask to join one or list yourself as looking for one"
          />
        ) : null}
      </header>

      {canAct ? (
        <section aria-labelledby="create-heading" className={`space-y-4 ${cardClass}`}>
          <h2 id="create-heading" className={sectionTitleClass}>
            Start a team
          </h2>
          <p className="text-sm text-slate-700">
            You&apos;ll be its captain. Teams have up to {event.teamMaxSize} people; you can invite others
            with a link or a code.
          </p>
          <CreateTeamForm eventId={event.id} slug={slug} />
        </section>
      ) : null}

      {!mine.team ? (
        <section aria-labelledby="opt-in-heading" className={`space-y-4 ${cardClass}`}>
          <h2 id="opt-in-heading" className={sectionTitleClass}>
            List yourself as looking for a team
          </h2>
          <p className="text-sm text-slate-700">
            Other participants see your skills, your experience and your note. Under-18s are shown by their
            alias only, never by name; nobody sees your email address or date of birth.
          </p>
          <FinderOptIn
            eventId={event.id}
            initial={mine.finder}
            canOptIn={mine.canChangeTeam && !consentPending}
          />
        </section>
      ) : null}

      {finder.centres.length > 0 ? (
        <FilterForm label="Choose a centre" submitLabel="Show">
          <FilterSelect
            id="finder-centre"
            name="centre"
            label="Show teams and people at"
            allLabel="All centres"
            allValue="all"
            value={finder.centreId ?? "all"}
            options={finder.centres.map((c) => ({
              value: c.id,
              label: c.id === finder.myCentreId ? `${c.name} (your centre)` : c.name,
            }))}
          />
        </FilterForm>
      ) : null}

      <section aria-labelledby="teams-heading" className="space-y-3">
        <h2 id="teams-heading" className={sectionTitleClass}>
          Teams looking for members
        </h2>
        {finder.teams.length === 0 ? (
          <EmptyState title="No team is looking for members yet." />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {finder.teams.map((team) => (
              <li key={team.id} className={`space-y-2 ${compactCardClass}`}>
                <h3 className={cardTitleClass}>{team.name}</h3>
                <p className="text-sm text-slate-700">
                  {team.memberCount} of {team.maxSize} places taken
                  {team.centreName ? ` · ${team.centreName}` : ""}
                </p>
                {team.wantedSkills.length > 0 ? (
                  <p className="text-sm">
                    <span className="font-medium">Looking for:</span> {team.wantedSkills.join(", ")}
                  </p>
                ) : null}
                {canAct ? (
                  <RequestToJoinButton
                    eventId={event.id}
                    teamId={team.id}
                    teamName={team.name}
                    requested={team.requested}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className={sectionTitleClass}>
          People looking for a team
        </h2>
        {finder.people.length === 0 ? (
          <EmptyState title="Nobody has listed themselves yet." />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {finder.people.map((person) => (
              <li key={person.registrationId} className={`space-y-1 ${compactCardClass}`}>
                <h3 className="font-semibold">{person.displayName}</h3>
                {person.experience ? (
                  <p className="text-sm text-slate-700">{EXPERIENCE_LABELS[person.experience]}</p>
                ) : null}
                {person.skills.length > 0 ? (
                  <p className="text-sm">
                    <span className="font-medium">Skills:</span> {person.skills.join(", ")}
                  </p>
                ) : null}
                {person.note ? <p className="text-sm whitespace-pre-line">{person.note}</p> : null}
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-slate-600">
          To team up with someone listed here, say hello at your centre, or start a team that looks for their
          skills.
        </p>
      </section>
    </div>
  );
}
