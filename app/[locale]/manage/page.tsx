import Link from "next/link";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { RoleLine } from "~/app/_components/your-home";
import { serverCaller } from "~/app/trpc/server";
import { formatDateRangeInZone } from "~/server/time/zoned";
import { EVENT_STATUS_LABELS } from "~/server/events/schema";
import { pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { compactCardClass, panelClass } from "~/app/_components/card";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageEvents");

export default async function ManagePage() {
  const user = await requireUser("/manage");
  const caller = await serverCaller();
  const [events, centres, home, messages, locale, t] = await Promise.all([
    caller.events.managed(),
    caller.events.ledCentres(),
    caller.users.home(),
    getMessages(),
    getLocale(),
    getTranslations("ManageEvents"),
  ]);
  // Judges, mentors and safeguarding leads: what their role does, and where (RoleLine).
  const otherRoles = home.roles.filter(
    (r) => r.role === "JUDGE" || r.role === "MENTOR" || r.role === "SAFEGUARDING_LEAD",
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className={pageTitleClass}>{t("title")}</h1>
        {user.isPlatformAdmin ? (
          <div className="flex flex-wrap gap-3">
            <Link href="/manage/operators" className={secondaryButtonClass}>
              {t("operators")}
            </Link>
            <Link href="/manage/events/new" className={buttonClass}>
              {t("newEvent")}
            </Link>
          </div>
        ) : null}
      </div>
      {centres.length > 0 ? (
        <section aria-labelledby="centres-heading" className="space-y-3">
          <h2 id="centres-heading" className={sectionTitleClass}>
            {t("centres")}
          </h2>
          <ul className={`divide-y divide-slate-200 ${panelClass}`}>
            {centres.map(({ event, centre }) => (
              <li key={`${event.id}-${centre?.id}`} className="p-4">
                <Link
                  href={`/manage/events/${event.id}/centre`}
                  className="font-semibold text-brand-700 hover:underline"
                >
                  {centre?.name} · {event.name}
                </Link>
                <p className="text-sm text-slate-600">
                  {formatDateRangeInZone(event.startsAt, event.submissionDeadline, event.timeZone)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {otherRoles.length > 0 ? (
        <section aria-labelledby="roles-heading" className="space-y-3">
          <h2 id="roles-heading" className={sectionTitleClass}>
            {t("otherRoles")}
          </h2>
          <ul className={`space-y-2 ${compactCardClass}`}>
            {otherRoles.map((role) => (
              <li key={role.id}>
                <span className="font-medium">{role.event.name}: </span>
                <RoleLine role={role} labels={messages.YourHome} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {events.length === 0 && (centres.length > 0 || otherRoles.length > 0) ? null : events.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className={`divide-y divide-slate-200 ${panelClass}`}>
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <Link
                  href={`/manage/events/${event.id}`}
                  className="font-semibold text-brand-700 hover:underline"
                >
                  {event.name}
                </Link>
                <p className="text-sm text-slate-600">
                  {formatDateRangeInZone(event.startsAt, event.submissionDeadline, event.timeZone)}
                </p>
              </div>
              <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-800">
                {EVENT_STATUS_LABELS[event.status]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
