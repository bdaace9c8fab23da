import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { FilterForm, FilterSelect } from "~/app/_components/filter-form";
import { ConsentPendingNotice } from "~/app/_components/consent-pending-notice";
import { Notice } from "~/app/_components/notice";
import { optionalId, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { TeamRegisterFirst } from "~/app/_components/team-register-first";
import { serverCaller } from "~/app/trpc/server";
import { CreateTeamForm, FinderOptIn, RequestToJoinButton } from "./finder-actions";
import { createTeamWords, finderOptInWords, requestToJoinWords } from "./finder-words";
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
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("TeamFinder", "metaTitle");

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
  const [t, forms, experience, looking] = await Promise.all([
    getTranslations("TeamFinder"),
    getTranslations("TeamFinderForms"),
    getTranslations("ExperienceLevel"),
    getTranslations("LookingForMembers"),
  ]);
  const requestWords = requestToJoinWords(forms);
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
        <h1 className={pageTitleClass}>{t("title")}</h1>
        {mine.team ? (
          <p>
            {t.rich("inTeam", { team: mine.team.name, strong: (chunks) => <strong>{chunks}</strong> })}{" "}
            <Link href={`/events/${slug}/team`} className={strongLinkClass}>
              {t("goToTeam")}
            </Link>
          </p>
        ) : null}
        {!mine.canChangeTeam ? <Notice>{mine.teamNotice}</Notice> : null}
        {consentPending ? <ConsentPendingNotice slug={slug} what={t("consentWhat")} /> : null}
      </header>

      {canAct ? (
        <section aria-labelledby="create-heading" className={`space-y-4 ${cardClass}`}>
          <h2 id="create-heading" className={sectionTitleClass}>
            {t("startHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("startIntro", { max: event.teamMaxSize })}</p>
          <CreateTeamForm eventId={event.id} slug={slug} words={createTeamWords(forms, looking)} />
        </section>
      ) : null}

      {!mine.team ? (
        <section aria-labelledby="opt-in-heading" className={`space-y-4 ${cardClass}`}>
          <h2 id="opt-in-heading" className={sectionTitleClass}>
            {t("optInHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("optInIntro")}</p>
          <FinderOptIn
            eventId={event.id}
            initial={mine.finder}
            canOptIn={mine.canChangeTeam && !consentPending}
            words={finderOptInWords(forms)}
          />
        </section>
      ) : null}

      {finder.centres.length > 0 ? (
        <FilterForm label={t("centreFilter")} submitLabel={t("show")}>
          <FilterSelect
            id="finder-centre"
            name="centre"
            label={t("showAt")}
            allLabel={t("allCentres")}
            allValue="all"
            value={finder.centreId ?? "all"}
            options={finder.centres.map((c) => ({
              value: c.id,
              label: c.id === finder.myCentreId ? t("yourCentre", { centre: c.name }) : c.name,
            }))}
          />
        </FilterForm>
      ) : null}

      <section aria-labelledby="teams-heading" className="space-y-3">
        <h2 id="teams-heading" className={sectionTitleClass}>
          {t("teamsHeading")}
        </h2>
        {finder.teams.length === 0 ? (
          <EmptyState title={t("noTeams")} />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {finder.teams.map((team) => (
              <li key={team.id} className={`space-y-2 ${compactCardClass}`}>
                <h3 className={cardTitleClass}>{team.name}</h3>
                <p className="text-sm text-slate-700">
                  {t("placesTaken", { count: team.memberCount, max: team.maxSize })}
                  {team.centreName ? ` · ${team.centreName}` : ""}
                </p>
                {team.wantedSkills.length > 0 ? (
                  <p className="text-sm">
                    <span className="font-medium">{t("lookingFor")}</span> {team.wantedSkills.join(", ")}
                  </p>
                ) : null}
                {canAct ? (
                  <RequestToJoinButton
                    eventId={event.id}
                    teamId={team.id}
                    teamName={team.name}
                    requested={team.requested}
                    words={requestWords}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className={sectionTitleClass}>
          {t("peopleHeading")}
        </h2>
        {finder.people.length === 0 ? (
          <EmptyState title={t("nobodyListed")} />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {finder.people.map((person) => (
              <li key={person.registrationId} className={`space-y-1 ${compactCardClass}`}>
                <h3 className="font-semibold">{person.displayName}</h3>
                {person.experience ? (
                  <p className="text-sm text-slate-700">{experience(person.experience)}</p>
                ) : null}
                {person.skills.length > 0 ? (
                  <p className="text-sm">
                    <span className="font-medium">{t("skills")}</span> {person.skills.join(", ")}
                  </p>
                ) : null}
                {person.note ? <p className="text-sm whitespace-pre-line">{person.note}</p> : null}
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-slate-600">{t("teamUpHint")}</p>
      </section>
    </div>
  );
}
