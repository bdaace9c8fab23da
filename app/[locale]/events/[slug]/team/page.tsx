import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { ConsentPendingNotice } from "~/app/_components/consent-pending-notice";
import { Notice } from "~/app/_components/notice";
import { TeamRegisterFirst } from "~/app/_components/team-register-first";
import { serverCaller } from "~/app/trpc/server";
import { appBaseUrl } from "~/server/http/app-url";
import { formatJoinCode } from "~/server/teams/rules";
import { dayLabel } from "~/server/mentoring/rules";
import { RequestToJoinButton } from "../teams/finder-actions";
import { requestToJoinWords } from "../teams/finder-words";
import { labelsOf } from "~/server/i18n/labels";
import { isNotRegistered, loadEvent } from "../load-event";
import {
  JoinCodePanel,
  LeaveTeamButton,
  MemberActions,
  RequestActions,
  TeamSettingsForm,
  type TeamToolsWords,
} from "./team-tools";
import { linkClass, pageTitleClass, sectionTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { cardClass, compactCardClass, panelClass } from "~/app/_components/card";
import { titleFrom } from "~/app/_components/page-title";

/** The "TeamTools" messages the captain's and members' tools show, as written; three are raw templates. */
const TOOL_WORDS = [
  "makeCaptain",
  "remove",
  "removeBody",
  "removing",
  "accept",
  "decline",
  "declineBody",
  "declining",
  "inviteHeading",
  "inviteIntro",
  "code",
  "link",
  "copyLink",
  "newCode",
  "newCodeTitle",
  "newCodeBody",
  "makingNewCode",
  "linkCopied",
  "newCodeMade",
  "newCodeHint",
  "wantedSkills",
  "wantedSkillsHint",
  "save",
  "saving",
  "saved",
  "leaveTeam",
  "leaveTitle",
  "leaveLastMember",
  "leaveComeBack",
  "leaveConfirm",
  "leaving",
] as const;

export const generateMetadata = titleFrom("TeamPage", "metaTitle");

type Props = { params: Promise<{ slug: string }> };

export default async function MyTeamPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/team`);
  const [event, t] = await Promise.all([loadEvent(slug), getTranslations("TeamPage")]);
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
    const requestWords = requestToJoinWords(await getTranslations("TeamFinderForms"));
    return (
      <div className="max-w-2xl space-y-6">
        <header className="space-y-2">
          {back}
          <h1 className={pageTitleClass}>{t("title")}</h1>
        </header>
        {mine.registrationStatus === "PENDING_CONSENT" ? (
          <>
            <p>{t("notInTeamYet")}</p>
            <ConsentPendingNotice slug={slug} what={t("consentWhat")} />
          </>
        ) : !canChangeTeam ? (
          <>
            <p>{t("notInTeam")}</p>
            <Notice>{mine.teamNotice}</Notice>
          </>
        ) : (
          <p>
            {t.rich("findOrJoin", {
              find: (chunks) => (
                <Link href={`/events/${slug}/teams`} className={strongLinkClass}>
                  {chunks}
                </Link>
              ),
              join: (chunks) => (
                <Link href={`/events/${slug}/teams/join`} className={strongLinkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        {mine.pendingRequests.length > 0 ? (
          <section aria-labelledby="pending-heading" className="space-y-2">
            <h2 id="pending-heading" className={sectionTitleClass}>
              {t("pendingHeading")}
            </h2>
            <ul className="space-y-3">
              {mine.pendingRequests.map((r) => (
                <li key={r.teamId} className={`space-y-1 ${compactCardClass}`}>
                  <p className="font-semibold">{r.teamName}</p>
                  <RequestToJoinButton
                    eventId={event.id}
                    teamId={r.teamId}
                    teamName={r.teamName}
                    requested
                    words={requestWords}
                  />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    );
  }

  const ids = { eventId: event.id, teamId: team.id };
  const [mentors, tools, experience, looking] = await Promise.all([
    (await serverCaller()).mentoring.teamMentors(ids),
    getTranslations("TeamTools"),
    getTranslations("ExperienceLevel"),
    getTranslations("LookingForMembers"),
  ]);
  const words: TeamToolsWords = {
    ...labelsOf((key) => tools(key), TOOL_WORDS),
    removeTitle: tools.raw("removeTitle") as string,
    removeConfirm: tools.raw("removeConfirm") as string,
    declineTitle: tools.raw("declineTitle") as string,
    showInFinder: looking("showInFinder"),
  };
  const captainTools = team.isCaptain && canChangeTeam;
  const appUrl = appBaseUrl();
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        {back}
        <h1 className={pageTitleClass}>{team.name}</h1>
        <p className="text-slate-700">
          {t("memberCount", { count: team.members.length, max: team.maxSize })}
          {team.centreName ? ` · ${team.centreName}` : ""}
          {team.isCaptain ? ` · ${t("youreCaptain")}` : ""}
        </p>
        {!canChangeTeam ? <Notice>{mine.teamNotice}</Notice> : null}
        {mentors.length > 0 ? (
          <p data-testid="team-mentor">
            {t("yourMentor")}{" "}
            {mentors.map((m, i) => (
              <span key={m.day}>
                {i > 0 ? "; " : ""}
                {t.rich("mentorOn", {
                  name: m.firstName,
                  day: dayLabel(m.day),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </span>
            ))}
          </p>
        ) : null}
        <p>
          <Link href={`/events/${slug}/help`} className={strongLinkClass}>
            {t("askForHelp")}
          </Link>
        </p>
      </header>

      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className={sectionTitleClass}>
          {t("membersHeading")}
        </h2>
        <ul className={`divide-y divide-slate-200 ${panelClass}`}>
          {team.members.map((m) => (
            <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span>
                <span className="font-medium">{m.displayName}</span>
                {m.isMe ? ` ${t("you")}` : ""}
                {m.isCaptain ? (
                  <span className="ml-2 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800">
                    {t("captain")}
                  </span>
                ) : null}
              </span>
              {captainTools && !m.isMe ? (
                <MemberActions {...ids} userId={m.userId} displayName={m.displayName} words={words} />
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
          words={words}
        />
      ) : null}

      {captainTools ? (
        <section aria-labelledby="requests-heading" className={`space-y-3 ${cardClass}`}>
          <h2 id="requests-heading" className={sectionTitleClass}>
            {t("requestsHeading")}
          </h2>
          {team.requests.length === 0 ? (
            <p>{t("noRequests")}</p>
          ) : (
            <ul className="space-y-3">
              {team.requests.map((r) => (
                <li key={r.id} className="space-y-1 rounded border border-slate-200 p-3">
                  <p className="font-semibold">{r.displayName}</p>
                  <p className="text-sm text-slate-700">
                    {r.experience ? experience(r.experience) : ""}
                    {r.skills.length > 0 ? ` · ${r.skills.join(", ")}` : ""}
                  </p>
                  {r.message ? <p className="text-sm whitespace-pre-line">{r.message}</p> : null}
                  <RequestActions {...ids} requestId={r.id} displayName={r.displayName} words={words} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {captainTools ? (
        <section aria-labelledby="finder-heading" className={`space-y-3 ${cardClass}`}>
          <h2 id="finder-heading" className={sectionTitleClass}>
            {t("finderHeading")}
          </h2>
          <TeamSettingsForm
            {...ids}
            initial={{
              lookingForMembers: team.lookingForMembers,
              wantedSkills: team.wantedSkills.join(", "),
            }}
            words={words}
          />
        </section>
      ) : null}

      {canChangeTeam ? (
        <section aria-labelledby="leave-heading" className="space-y-2">
          <h2 id="leave-heading" className={sectionTitleClass}>
            {t("leaveHeading")}
          </h2>
          {team.isCaptain && team.members.length > 1 ? (
            <p id="leave-reason">{t("captainCannotLeave")}</p>
          ) : team.members.length === 1 ? (
            <p>{t("lastMember")}</p>
          ) : null}
          <LeaveTeamButton
            {...ids}
            slug={slug}
            disabledReasonId={team.isCaptain && team.members.length > 1 ? "leave-reason" : null}
            lastMember={team.members.length === 1}
            words={words}
          />
        </section>
      ) : null}
    </div>
  );
}
