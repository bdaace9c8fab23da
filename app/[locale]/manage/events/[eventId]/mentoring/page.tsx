import type { Metadata } from "next";
import Link from "next/link";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { StaffSignIn } from "~/app/_components/staff-sign-in";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { dayLabel } from "~/server/mentoring/rules";
import { EXPERIENCE_LABELS, SKILL_LABELS, type Skill } from "~/server/registrations/labels";
import { formatInZone } from "~/server/time/zoned";

export const metadata: Metadata = { title: "Mentoring" };

type Props = { params: Promise<{ eventId: string }> };

/**
 * A mentor's page: sign in on site (it counts for the ratio), the teams they look after and the learner
 * groups they lead (first names only), by day.
 */
export default async function MentoringPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/mentoring`);
  const caller = await serverCaller();
  const [mine, groups] = await Promise.all([
    orNotFound(caller.mentoring.myTeams({ eventId })),
    orNotFound(caller.groups.myGroups({ eventId })),
  ]);
  const days = [...new Set(mine.teams.map((t) => t.day))];
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${mine.event.slug}`} className={linkClass}>
            {mine.event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Mentoring</h1>
        <p>
          <Link href={`/manage/events/${eventId}/help`} className={linkClass}>
            Open the help queue
          </Link>{" "}
          to see which teams are waiting for a mentor.
        </p>
      </header>
      <section aria-labelledby="on-site-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="on-site-heading" className={sectionTitleClass}>
          On site
        </h2>
        <p className={mutedClass}>
          Sign in when you arrive and out when you leave: the centre counts the vetted adults in the building.
        </p>
        {mine.places.length === 0 ? (
          <p>You aren&apos;t placed at a centre yet. The organisers will place you.</p>
        ) : (
          <ul className="space-y-3">
            {mine.places.map((place) => (
              <li key={place.id} className="flex flex-wrap items-center justify-between gap-3">
                <span>
                  <strong>{place.name}</strong>
                  {place.since ? ` · in since ${formatInZone(place.since, mine.event.timeZone)}` : ""}
                </span>
                <StaffSignIn
                  eventId={eventId}
                  centreId={place.id}
                  signedIn={place.since !== null}
                  label={place.since ? "Sign out" : `Sign in at ${place.name}`}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="teams-heading" className="space-y-3">
        <h2 id="teams-heading" className={sectionTitleClass}>
          Your teams
        </h2>
        {days.length === 0 ? (
          <p>No teams yet: the organisers publish who looks after whom before each day.</p>
        ) : (
          days.map((day) => (
            <div key={day} className="space-y-2">
              <h3 className="font-semibold">{dayLabel(day)}</h3>
              <ul className="grid gap-3 sm:grid-cols-2">
                {mine.teams
                  .filter((t) => t.day === day)
                  .map((t) => (
                    <li key={t.team.id} className={`${cardClass} space-y-1`} data-testid="my-team">
                      <p className="font-semibold">{t.team.name}</p>
                      <p className={mutedClass}>
                        {t.centre}
                        {t.level ? ` · ${EXPERIENCE_LABELS[t.level]}` : ""}
                      </p>
                      {t.team.skillsWanted.length > 0 ? (
                        <p className="text-sm">
                          Wants help with{" "}
                          {t.team.skillsWanted.map((s) => SKILL_LABELS[s as Skill] ?? s).join(", ")}
                        </p>
                      ) : null}
                      <p className="text-sm">{t.members.join(", ")}</p>
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
            Your learner groups
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {groups.map((g) => (
              <li key={g.id} className={`${cardClass} space-y-1`} data-testid="my-group">
                <p className="font-semibold">{g.label}</p>
                <p className={mutedClass}>
                  {dayLabel(g.day)} · {g.centre} · {EXPERIENCE_LABELS[g.level]} · {g.count}{" "}
                  {g.count === 1 ? "learner" : "learners"}
                </p>
                <p className="text-sm">{g.firstNames.join(", ") || "Nobody in it any more"}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
