import { getTranslations } from "next-intl/server";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { dayLabel } from "~/server/mentoring/rules";
import { EXPERIENCE_LABELS, EXPERIENCE_LEVELS } from "~/server/registrations/labels";
import { GroupBoardActions, GroupMentorSelect, MoveLearnerSelect } from "./group-actions";
import { groupPlanWords, mentorChoiceWords, moveLearnerWords } from "./matching-words";
import { MentorsSection } from "./mentors-section";

/**
 * The learner groups of one centre on one day, for coding-club style sessions: propose groups (one
 * level each, balanced sizes, under-18s only with a vetted mentor, learners back with an earlier day's
 * mentor), move learners and choose mentors, publish. Learners then see their group and its mentor's
 * first name; mentors their groups.
 */
export async function GroupsBoard({
  eventId,
  centre,
  day,
}: {
  eventId: string;
  centre: { id: string; name: string };
  day: string;
}) {
  const caller = await serverCaller();
  const [board, t] = await Promise.all([
    orNotFound(caller.groups.board({ eventId, centreId: centre.id, day })),
    getTranslations("MentorMatching"),
  ]);
  const at = { eventId, centreId: centre.id, day };
  const learners = board.groups.reduce((n, g) => n + g.members.length, 0) + board.ungrouped.length;
  const grouped = learners - board.ungrouped.length;
  const moveOptions = (level: (typeof EXPERIENCE_LEVELS)[number]) =>
    board.groups
      .filter((g) => g.level === level)
      .map((g) => ({ id: g.id, label: `${g.label} (${g.members.length}/${board.groupSize})` }));
  return (
    <>
      <section aria-labelledby="groups-state-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="groups-state-heading" className={sectionTitleClass}>
          {centre.name}, {dayLabel(day)}
        </h2>
        <p>
          {t("groupsState", { grouped, learners, groups: board.groups.length, size: board.groupSize })}{" "}
          {board.groups.length === 0 ? null : board.publishedAt ? (
            <Badge tone="success">{t("groupsPublished")}</Badge>
          ) : (
            <Badge tone="warning">{t("draft")}</Badge>
          )}
        </p>
        <p className={mutedClass}>{t("groupsExplained")}</p>
        <GroupBoardActions
          {...at}
          hasGroups={board.groups.length > 0}
          published={board.publishedAt !== null}
          words={groupPlanWords(t)}
        />
      </section>

      {board.ungrouped.length > 0 ? (
        <section
          aria-labelledby="left-out-heading"
          className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-5"
        >
          <h2 id="left-out-heading" className={sectionTitleClass}>
            {t("notInGroupHeading", { count: board.ungrouped.length })}
          </h2>
          <ul className="space-y-3">
            {board.ungrouped.map((l) => (
              <li key={l.registrationId} className="space-y-1" data-testid="ungrouped-learner">
                <MoveLearnerSelect
                  {...at}
                  registrationId={l.registrationId}
                  name={l.name}
                  current={null}
                  options={moveOptions(l.level)}
                  words={moveLearnerWords(t, l.name)}
                />
                <p className="text-sm text-amber-950">
                  {EXPERIENCE_LABELS[l.level]}
                  {l.young ? ` · ${t("under18")}` : ""} · {l.reason}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {learners === 0 ? <p>{t("noLearners")}</p> : null}

      {EXPERIENCE_LEVELS.map((level) => {
        const groups = board.groups.filter((g) => g.level === level);
        if (groups.length === 0) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`} className="space-y-3">
            <h2 id={`level-${level}`} className={sectionTitleClass}>
              {EXPERIENCE_LABELS[level]} ({groups.length})
            </h2>
            <ul className="grid gap-3 md:grid-cols-2">
              {groups.map((g) => (
                <li key={g.id} className={`${cardClass} min-w-0 space-y-3`} data-testid="learner-group">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className="font-semibold">{g.label}</h3>
                    <div className="flex flex-wrap gap-1">
                      <Badge tone={g.full ? "warning" : "neutral"}>
                        {t("groupFill", { members: g.members.length, size: board.groupSize })}
                      </Badge>
                      {g.hasYoungPeople ? <Badge tone="info">{t("under18s")}</Badge> : null}
                    </div>
                  </div>
                  <GroupMentorSelect
                    {...at}
                    groupId={g.id}
                    words={mentorChoiceWords(t, g.label)}
                    current={g.mentor?.id ?? null}
                    options={board.mentors
                      .filter((m) => g.eligibleMentorIds.includes(m.id) || m.id === g.mentor?.id)
                      .map((m) => ({ id: m.id, label: `${m.name} (${m.groups}/${m.capacity})` }))}
                  />
                  {g.problem ? <p className="text-sm text-amber-900">{g.problem}</p> : null}
                  <h4 className="text-sm font-semibold text-slate-700">{t("learners")}</h4>
                  <ul className="space-y-2">
                    {g.members.map((m) => (
                      <li key={m.registrationId} className="space-y-0.5">
                        <MoveLearnerSelect
                          {...at}
                          registrationId={m.registrationId}
                          name={m.name}
                          current={g.id}
                          options={moveOptions(level)}
                          words={moveLearnerWords(t, m.name)}
                        />
                        {m.young || m.returning ? (
                          <p className={mutedClass}>
                            {[m.young ? t("memberUnder18") : null, m.returning ? t("returning") : null]
                              .filter(Boolean)
                              .join(" · ")}
                          </p>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <MentorsSection
        eventId={eventId}
        mentors={board.mentors}
        load={(m) => t("groupLoad", { groups: m.groups, capacity: m.capacity })}
      />
    </>
  );
}
