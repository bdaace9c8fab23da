import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { StaffSignIn } from "~/app/_components/staff-sign-in";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { dayLabel } from "~/server/mentoring/rules";
import { EXPERIENCE_LABELS, SKILL_LABELS, type Skill } from "~/server/registrations/labels";
import { formatInZone } from "~/server/time/zoned";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("MentoringPage");

type Props = { params: Promise<{ eventId: string }> };

/**
 * A mentor's page: sign in on site (it counts for the ratio), the teams they look after and the learner
 * groups they lead (first names only), by day.
 */
export default async function MentoringPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/mentoring`);
  const caller = await serverCaller();
  const [mine, groups, t] = await Promise.all([
    orNotFound(caller.mentoring.myTeams({ eventId })),
    orNotFound(caller.groups.myGroups({ eventId })),
    getTranslations("MentoringPage"),
  ]);
  const days = [...new Set(mine.teams.map((team) => team.day))];
  const staffSignIn = await getTranslations("StaffSignIn");
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${mine.event.slug}`} className={linkClass}>
            {mine.event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p>
          {t.rich("helpQueue", {
            link: (chunks) => (
              <Link href={`/manage/events/${eventId}/help`} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>
      <section aria-labelledby="on-site-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="on-site-heading" className={sectionTitleClass}>
          {t("onSite")}
        </h2>
        <p className={mutedClass}>{t("onSiteHint")}</p>
        {mine.places.length === 0 ? (
          <p>{t("notPlaced")}</p>
        ) : (
          <ul className="space-y-3">
            {mine.places.map((place) => (
              <li key={place.id} className="flex flex-wrap items-center justify-between gap-3">
                <span>
                  <strong>{place.name}</strong>
                  {place.since
                    ? ` · ${t("inSince", { time: formatInZone(place.since, mine.event.timeZone) })}`
                    : ""}
                </span>
                <StaffSignIn
                  eventId={eventId}
                  centreId={place.id}
                  signedIn={place.since !== null}
                  label={
                    place.since ? staffSignIn("signOut") : staffSignIn("signInAt", { centre: place.name })
                  }
                  words={{ signedIn: staffSignIn("signedIn"), signedOut: staffSignIn("signedOut") }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="teams-heading" className="space-y-3">
        <h2 id="teams-heading" className={sectionTitleClass}>
          {t("yourTeams")}
        </h2>
        {days.length === 0 ? (
          <p>{t("noTeams")}</p>
        ) : (
          days.map((day) => (
            <div key={day} className="space-y-2">
              <h3 className="font-semibold">{dayLabel(day)}</h3>
              <ul className="grid gap-3 sm:grid-cols-2">
                {mine.teams
                  .filter((team) => team.day === day)
                  .map((team) => (
                    <li key={team.team.id} className={`${cardClass} space-y-1`} data-testid="my-team">
                      <p className="font-semibold">{team.team.name}</p>
                      <p className={mutedClass}>
                        {team.centre}
                        {team.level ? ` · ${EXPERIENCE_LABELS[team.level]}` : ""}
                      </p>
                      {team.team.skillsWanted.length > 0 ? (
                        <p className="text-sm">
                          {t("wantsHelp", {
                            skills: team.team.skillsWanted
                              .map((s) => SKILL_LABELS[s as Skill] ?? s)
                              .join(", "),
                          })}
                        </p>
                      ) : null}
                      <p className="text-sm">{team.members.join(", ")}</p>
                    </li>
                  ))}
              </ul>
            </div>
          ))
        )}
      </section>
      {groups.length > 0 ? (
        <section aria-labelledby="groups-heading" className="space-y-3">
          <h2 id="groups-heading" className={sectionTitleClass}>
            {t("yourGroups")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {groups.map((g) => (
              <li key={g.id} className={`${cardClass} space-y-1`} data-testid="my-group">
                <p className="font-semibold">{g.label}</p>
                <p className={mutedClass}>
                  {dayLabel(g.day)} · {g.centre} · {EXPERIENCE_LABELS[g.level]} ·{" "}
                  {t("learners", { count: g.count })}
                </p>
                <p className="text-sm">{g.firstNames.join(", ") || t("emptyGroup")}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
