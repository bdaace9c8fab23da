import Link from "next/link";
import type { RouterOutputs } from "~/app/trpc/types";
import { addressIn, type LOCALES } from "~/server/http/locales.mjs";
import { fillTemplate, type YOUR_HOME_NAMESPACES } from "~/server/i18n/labels";
import type { Messages } from "~/server/i18n/messages";
import { formatInZone } from "~/server/time/zoned";
import { PhaseBadge } from "./phase-badge";
import { cardTitleClass, linkClass, sectionTitleClass, titleLinkClass } from "./text-styles";

type Home = RouterOutputs["users"]["home"];
type Role = Home["roles"][number];
type Locale = (typeof LOCALES)[number];

/**
 * The words of a signed-in person's corner, in the page's language: those namespaces of the catalogue as
 * they are written (pickMessages(getMessages(), YOUR_HOME_NAMESPACES)), their `{name}` arguments filled
 * in here (fillTemplate).
 */
export type YourHomeLabels = Pick<Messages, (typeof YOUR_HOME_NAMESPACES)[number]>;

const card = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm";

/**
 * What each event role lets a person do, and where: roles this product does not serve yet say when.
 * `labels` are the "YourHome" messages of the page's language; dates in `locale`.
 */
export function RoleLine({
  role,
  labels: t,
  locale,
}: {
  role: Role;
  labels: Messages["YourHome"];
  locale: Locale;
}) {
  const zone = role.event.timeZone;
  const at = (instant: Date) => formatInZone(instant, zone, { locale });
  switch (role.role) {
    case "ORGANISER":
      return (
        <>
          {t.organiser}{" "}
          <Link href={`/manage/events/${role.event.id}`} className={linkClass}>
            {t.manageIt}
          </Link>
        </>
      );
    case "CENTRE_LEAD":
      return (
        <>
          {fillTemplate(t.centreLead, { centre: role.centreName ?? t.aCentre })}{" "}
          <Link href={`/manage/events/${role.event.id}/centre`} className={linkClass}>
            {t.yourCentre}
          </Link>
        </>
      );
    case "JUDGE":
      return <>{fillTemplate(t.judge, { from: at(role.judgingOpensAt), to: at(role.judgingClosesAt) })}</>;
    case "SAFEGUARDING_LEAD":
      return (
        <>
          {t.safeguarding}{" "}
          <Link href={`/manage/events/${role.event.id}/concerns`} className={linkClass}>
            {t.concerns}
          </Link>
        </>
      );
    case "MENTOR":
      return (
        <>
          {role.centreName
            ? fillTemplate(t.mentorAt, { centre: role.centreName, from: at(role.startsAt) })
            : fillTemplate(t.mentor, { from: at(role.startsAt) })}{" "}
          <Link href={`/manage/events/${role.event.id}/mentoring`} className={linkClass}>
            {t.mentorTeams}
          </Link>
          {" · "}
          <Link href={`/manage/events/${role.event.id}/help`} className={linkClass}>
            {t.helpQueue}
          </Link>
        </>
      );
  }
}

/**
 * A signed-in person's own corner of the home page: their events with the next thing to do, the roles
 * they hold, their organisations, and the young people they gave consent for. Renders nothing for
 * someone with none of these (the events list below is then what they need). In the page's language
 * (`labels`, `locale`); what people wrote (event, team and project names) as written.
 */
export function YourHome({ home, labels, locale }: { home: Home; labels: YourHomeLabels; locale: Locale }) {
  const t = labels.YourHome;
  const empty =
    home.registrations.length === 0 &&
    home.roles.length === 0 &&
    home.organisations.length === 0 &&
    home.guardianOf.length === 0;
  return (
    <section aria-labelledby="yours-heading" className="space-y-4">
      <h2 id="yours-heading" className={sectionTitleClass}>
        {t.title}
      </h2>
      {empty ? (
        <p className="text-slate-700">
          {t.empty}{" "}
          <Link href="/organisations/new" className={linkClass}>
            {t.createOrganisation}
          </Link>
          .
        </p>
      ) : null}
      {home.registrations.length > 0 ? (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label={t.registeredFor}>
          {home.registrations.map((r) => (
            <li key={r.event.id} className={card}>
              <div className="flex items-start justify-between gap-3">
                <h3 className={cardTitleClass}>
                  <Link href={addressIn(locale, `/events/${r.event.slug}`)} className={titleLinkClass}>
                    {r.event.name}
                  </Link>
                </h3>
                <PhaseBadge phase={r.phase} labels={labels.Phase} />
              </div>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-600">{t.registration}</dt>
                <dd>{labels.RegistrationStatus[r.status]}</dd>
                <dt className="text-slate-600">{t.team}</dt>
                <dd>{r.team ? r.team.name : t.notInTeam}</dd>
                <dt className="text-slate-600">{t.project}</dt>
                <dd>
                  {r.project
                    ? fillTemplate(t.projectWithStatus, {
                        title: r.project.title,
                        status: labels.SubmissionStatus[r.project.status],
                      })
                    : t.notStarted}
                </dd>
              </dl>
              {r.nextStep ? (
                <p className="mt-3" data-testid="next-step">
                  <span className="font-medium">{t.next} </span>
                  {r.nextStep.path ? (
                    <Link
                      href={addressIn(locale, `/events/${r.event.slug}${r.nextStep.path}`)}
                      className={linkClass}
                    >
                      {labels.NextStep[r.nextStep.code]}
                    </Link>
                  ) : (
                    labels.NextStep[r.nextStep.code]
                  )}
                </p>
              ) : null}
              {r.nextMilestone ? (
                <p className="mt-1 text-sm text-slate-600">
                  {labels.Milestone[r.nextMilestone.kind]}:{" "}
                  {formatInZone(r.nextMilestone.at, r.event.timeZone, { locale })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {home.roles.length > 0 ? (
        <div className={card}>
          <h3 className="font-semibold">{t.roles}</h3>
          <ul className="mt-2 space-y-2">
            {home.roles.map((role) => (
              <li key={role.id}>
                <span className="font-medium">{role.event.name}: </span>
                <RoleLine role={role} labels={t} locale={locale} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {home.organisations.length > 0 ? (
        <div className={card}>
          <h3 className="font-semibold">{t.organisations}</h3>
          <ul className="mt-2 space-y-1">
            {home.organisations.map((o) => (
              <li key={o.slug}>
                <Link href={`/organisations/${o.slug}/manage`} className={linkClass}>
                  {o.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {home.guardianOf.length > 0 ? (
        <div className={card}>
          <h3 className="font-semibold">{t.guardian}</h3>
          <ul className="mt-2 space-y-1">
            {home.guardianOf.map((c) => (
              <li key={c.id}>
                {c.withdrawnAt
                  ? fillTemplate(t.consentWithdrawn, { name: c.firstName, event: c.event.name })
                  : fillTemplate(t.consentGiven, {
                      name: c.firstName,
                      event: c.event.name,
                      photo: c.photo ? t.allowed : t.notAllowed,
                      credit: c.publicCredit ? t.allowed : t.notAllowed,
                    })}{" "}
                {t.changeConsent}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
