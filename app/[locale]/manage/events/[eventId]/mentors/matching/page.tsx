import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "~/app/_components/badge";
import { buttonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { inputClass } from "~/app/_components/field";
import { requireUser } from "~/app/_components/guards";
import {
  oneOf,
  optionalId,
  optionalText,
  parseSearchParams,
  type RawSearchParams,
} from "~/app/_components/search-params";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { dayLabel } from "~/server/mentoring/rules";
import { EXPERIENCE_LABELS } from "~/server/registrations/labels";
import { BoardActions, MatchSelect } from "./board-actions";
import { GroupsBoard } from "./groups-board";
import { matchPlanWords, mentorChoiceWords } from "./matching-words";
import { MentorsSection, skillLabel } from "./mentors-section";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("MentorMatching");

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<RawSearchParams> };

/**
 * The matching board of one centre on one day: propose matches (deterministic, keeping earlier days'
 * mentors), adjust them team by team, publish. Mentors then see their teams; teams their mentor's first
 * name. For the centre's lead and the organisers. `?view=groups` shows the learner groups of the same
 * centre and day instead (coding-club style sessions: ./groups-board.tsx).
 */
export default async function MatchingPage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const query = parseSearchParams(
    { centre: optionalId(), day: optionalText({ max: 10 }), view: oneOf(["teams", "groups"]) },
    await searchParams,
  );
  const mode = query.view ?? "teams";
  await requireUser(`/manage/events/${eventId}/mentors/matching`);
  const caller = await serverCaller();
  const [view, t] = await Promise.all([
    orNotFound(caller.mentoring.people({ eventId })),
    getTranslations("MentorMatching"),
  ]);
  const centre = view.centres.find((c) => c.id === query.centre) ?? view.centres[0];
  const day =
    query.day && view.days.includes(query.day)
      ? query.day
      : view.days.includes(view.today)
        ? view.today
        : view.days[0];
  const header = (
    <header className="space-y-2">
      <p>
        <Link href={`/manage/events/${eventId}/mentors`} className={linkClass}>
          {t("back")}
        </Link>
      </p>
      <h1 className={pageTitleClass}>{mode === "groups" ? t("groupsTitle") : t("title")}</h1>
    </header>
  );
  if (!centre || !day) {
    return (
      <div className="max-w-4xl space-y-6">
        {header}
        <p>{t("noCentres")}</p>
      </div>
    );
  }
  const here = `/manage/events/${eventId}/mentors/matching?centre=${encodeURIComponent(centre.id)}&day=${day}`;
  const chooser = (
    <>
      <nav aria-label={t("modes")} className="flex flex-wrap gap-2">
        {(
          [
            ["teams", t("teams"), here],
            ["groups", t("groups"), `${here}&view=groups`],
          ] as const
        ).map(([key, label, href]) => (
          <Link
            key={key}
            href={href}
            aria-current={mode === key ? "page" : undefined}
            className={`rounded-full border px-4 py-1.5 font-medium ${
              mode === key
                ? "border-brand-700 bg-brand-700 text-white"
                : "border-slate-300 bg-white text-slate-900 hover:bg-slate-100"
            }`}
          >
            {label}
          </Link>
        ))}
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("chooser")}>
        {mode === "groups" ? <input type="hidden" name="view" value="groups" /> : null}
        <div className="space-y-1">
          <label htmlFor="centre" className="block font-medium">
            {t("centre")}
          </label>
          <select id="centre" name="centre" defaultValue={centre.id} className={inputClass}>
            {view.centres.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="day" className="block font-medium">
            {t("day")}
          </label>
          <select id="day" name="day" defaultValue={day} className={inputClass}>
            {view.days.map((d) => (
              <option key={d} value={d}>
                {dayLabel(d)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass}>
          {t("show")}
        </button>
      </form>
    </>
  );
  if (mode === "groups") {
    return (
      <div className="max-w-5xl space-y-6">
        {header}
        {chooser}
        <GroupsBoard eventId={eventId} centre={centre} day={day} />
      </div>
    );
  }
  const board = await orNotFound(caller.mentoring.board({ eventId, centreId: centre.id, day }));
  const matched = board.teams.filter((t) => t.mentor).length;
  return (
    <div className="max-w-5xl space-y-6">
      {header}
      {chooser}

      <section aria-labelledby="state-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="state-heading" className={sectionTitleClass}>
          {centre.name}, {dayLabel(day)}
        </h2>
        <p>
          {t("matched", { matched, total: board.teams.length })}{" "}
          {board.publishedAt ? (
            <Badge tone="success">{t("published")}</Badge>
          ) : (
            <Badge tone="warning">{t("draft")}</Badge>
          )}
        </p>
        <BoardActions
          eventId={eventId}
          centreId={centre.id}
          day={day}
          hasMatches={matched > 0}
          published={board.publishedAt !== null}
          words={matchPlanWords(t)}
        />
      </section>

      <section aria-labelledby="teams-heading" className="space-y-3">
        <h2 id="teams-heading" className={sectionTitleClass}>
          {t("teamsHeading", { count: board.teams.length })}
        </h2>
        {board.teams.length === 0 ? (
          <p>{t("noTeams")}</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {board.teams.map((team) => (
              <li key={team.id} className={`${cardClass} space-y-2`} data-testid="match-team">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="font-semibold">{team.name}</h3>
                  {team.hasYoungPeople ? <Badge tone="info">{t("under18s")}</Badge> : null}
                </div>
                <p className={mutedClass}>
                  {EXPERIENCE_LABELS[team.level]}
                  {team.skillsWanted.length > 0
                    ? ` · ${t("wantsHelp", { skills: team.skillsWanted.map(skillLabel).join(", ") })}`
                    : ""}
                </p>
                <MatchSelect
                  eventId={eventId}
                  centreId={centre.id}
                  day={day}
                  teamId={team.id}
                  words={mentorChoiceWords(t, team.name)}
                  current={team.mentor?.id ?? null}
                  options={board.mentors
                    .filter((m) => team.eligibleMentorIds.includes(m.id) || m.id === team.mentor?.id)
                    .map((m) => ({ id: m.id, label: `${m.name} (${m.teams}/${m.capacity})` }))}
                />
                {team.mentor?.kept ? <p className="text-sm text-green-800">{t("sameMentor")}</p> : null}
                {team.problem ? <p className="text-sm text-amber-900">{team.problem}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <MentorsSection
        eventId={eventId}
        mentors={board.mentors}
        load={(m) => t("teamLoad", { teams: m.teams, capacity: m.capacity })}
      />
    </div>
  );
}
