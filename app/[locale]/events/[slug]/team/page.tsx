import type { Metadata } from "next";
import { EXPERIENCE_LABELS } from "~/server/registrations/labels";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { ConsentPendingNotice } from "~/app/_components/consent-pending-notice";
import { Notice } from "~/app/_components/notice";
import { TeamRegisterFirst } from "~/app/_components/team-register-first";
import { serverCaller } from "~/app/trpc/server";
import { appBaseUrl } from "~/server/http/app-url";
import { formatJoinCode } from "~/server/teams/rules";
import { dayLabel } from "~/server/mentoring/rules";
import { RequestToJoinButton } from "../teams/finder-actions";
import { isNotRegistered, loadEvent } from "../load-event";
import {
  JoinCodePanel,
  LeaveTeamButton,
  MemberActions,
  RequestActions,
  TeamSettingsForm,
} from "./team-tools";
import { linkClass, pageTitleClass, sectionTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { cardClass, compactCardClass, panelClass } from "~/app/_components/card";

export const metadata: Metadata = { title: "My team" };

type Props = { params: Promise<{ slug: string }> };

export default async function MyTeamPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/team`);
  const event = await loadEvent(slug);
  let mine;
  try {
    mine = await (await serverCaller()).teams.mine({ eventId: event.id });
  } catch (error) {
    if (isNotRegistered(error)) return <TeamRegisterFirst slug={slug} eventName={event.name} />;
    throw error;
  }
  const { team, canChangeTeam } = mine;
  const back = (
    <p>
      <Link href={`/events/${slug}`} className={linkClass}>
        {event.name}
      </Link>
    </p>
  );

  if (!team) {
    return (
      <div className="max-w-2xl space-y-6">
        <header className="space-y-2">
          {back}
          <h1 className={pageTitleClass}>My team</h1>
        </header>
        {mine.registrationStatus === "PENDING_CONSENT" ? (
          <>
            <p>You&apos;re not in a team yet.</p>
            <ConsentPendingNotice slug={slug} what="join or create a team" />
          </>
        ) : !canChangeTeam ? (
          <>
            <p>You&apos;re not in a team.</p>
            <Notice>{mine.teamNotice}</Notice>
          </>
        ) : (
          <p>
            You&apos;re not in a team yet.{" "}
            <Link href={`/events/${slug}/teams`} className={strongLinkClass}>
              Find a team or start one
            </Link>
            , or{" "}
            <Link href={`/events/${slug}/teams/join`} className={strongLinkClass}>
              join with a code
            </Link>
            .
          </p>
        )}
        {mine.pendingRequests.length > 0 ? (
          <section aria-labelledby="pending-heading" className="space-y-2">
            <h2 id="pending-heading" className={sectionTitleClass}>
              Your requests to join
            </h2>
            <ul className="space-y-3">
              {mine.pendingRequests.map((r) => (
                <li key={r.teamId} className={`space-y-1 ${compactCardClass}`}>
                  <p className="font-semibold">{r.teamName}</p>
                  <RequestToJoinButton eventId={event.id} teamId={r.teamId} teamName={r.teamName} requested />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    );
  }

  const ids = { eventId: event.id, teamId: team.id };
  const mentors = await (await serverCaller()).mentoring.teamMentors(ids);
  const captainTools = team.isCaptain && canChangeTeam;
  const appUrl = appBaseUrl();
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        {back}
        <h1 className={pageTitleClass}>{team.name}</h1>
        <p className="text-slate-700">
          {team.members.length} of {team.maxSize} members{team.centreName ? ` · ${team.centreName}` : ""}
          {team.isCaptain ? " · You're the captain" : ""}
        </p>
        {!canChangeTeam ? <Notice>{mine.teamNotice}</Notice> : null}
        {mentors.length > 0 ? (
          <p data-testid="team-mentor">
            Your mentor:{" "}
            {mentors.map((m, i) => (
              <span key={m.day}>
                {i > 0 ? "; " : ""}
                <strong>{m.firstName}</strong> on {dayLabel(m.day)}
              </span>
            ))}
          </p>
        ) : null}
        <p>
          <Link href={`/events/${slug}/help`} className={strongLinkClass}>
            Stuck? Ask a mentor for help
          </Link>
        </p>
      </header>

      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className={sectionTitleClass}>
          Members
        </h2>
        <ul className={`divide-y divide-slate-200 ${panelClass}`}>
          {team.members.map((m) => (
            <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span>
                <span className="font-medium">{m.displayName}</span>
                {m.isMe ? " (you)" : ""}
                {m.isCaptain ? (
                  <span className="ml-2 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800">
                    Captain
                  </span>
                ) : null}
              </span>
              {captainTools && !m.isMe ? (
                <MemberActions {...ids} userId={m.userId} displayName={m.displayName} />
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {captainTools && team.joinCode ? (
        <JoinCodePanel
          {...ids}
          code={formatJoinCode(team.joinCode)}
          link={new URL(`/events/${slug}/teams/join?code=${team.joinCode}`, appUrl).toString()}
        />
      ) : null}

      {captainTools ? (
        <section aria-labelledby="requests-heading" className={`space-y-3 ${cardClass}`}>
          <h2 id="requests-heading" className={sectionTitleClass}>
            Requests to join
          </h2>
          {team.requests.length === 0 ? (
            <p>No requests at the moment.</p>
          ) : (
            <ul className="space-y-3">
              {team.requests.map((r) => (
                <li key={r.id} className="space-y-1 rounded border border-slate-200 p-3">
                  <p className="font-semibold">{r.displayName}</p>
                  <p className="text-sm text-slate-700">
                    {r.experience ? EXPERIENCE_LABELS[r.experience] : ""}
                    {r.skills.length > 0 ? ` · ${r.skills.join(", ")}` : ""}
                  </p>
                  {r.message ? <p className="text-sm whitespace-pre-line">{r.message}</p> : null}
                  <RequestActions {...ids} requestId={r.id} displayName={r.displayName} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {captainTools ? (
        <section aria-labelledby="finder-heading" className={`space-y-3 ${cardClass}`}>
          <h2 id="finder-heading" className={sectionTitleClass}>
            Team finder
          </h2>
          <TeamSettingsForm
            {...ids}
            initial={{
              lookingForMembers: team.lookingForMembers,
              wantedSkills: team.wantedSkills.join(", "),
            }}
          />
        </section>
      ) : null}

      {canChangeTeam ? (
        <section aria-labelledby="leave-heading" className="space-y-2">
          <h2 id="leave-heading" className={sectionTitleClass}>
            Leave the team
          </h2>
          {team.isCaptain && team.members.length > 1 ? (
            <p id="leave-reason">
              As captain, make someone else captain before you leave (use “Make captain” beside them above).
            </p>
          ) : team.members.length === 1 ? (
            <p>You&apos;re the last member: leaving deletes the team.</p>
          ) : null}
          <LeaveTeamButton
            {...ids}
            slug={slug}
            disabledReasonId={team.isCaptain && team.members.length > 1 ? "leave-reason" : null}
            lastMember={team.members.length === 1}
          />
        </section>
      ) : null}
    </div>
  );
}
