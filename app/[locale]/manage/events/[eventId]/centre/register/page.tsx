import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireUser } from "~/app/_components/guards";
import { linkClass, mutedClass, pageTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { PrintButton } from "./print-button";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("LiveRegister");

type Props = { params: Promise<{ eventId: string }> };

/**
 * Who is in the building now, with their emergency contacts, for a fire evacuation: one table that
 * prints cleanly. Opening it is recorded (who, when, whose) like every read of sensitive information.
 */
export default async function RegisterPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/centre/register`);
  const caller = await serverCaller();
  // The register carries the zone and the caller's centres: no second query of everyone registered.
  const [register, t] = await Promise.all([
    orNotFound(caller.sensitive.register({ eventId })),
    getTranslations("LiveRegister"),
  ]);
  const zone = register.event.timeZone;
  const printedAt = new Date();
  return (
    <div className="space-y-4 print:space-y-2">
      <header className="space-y-2">
        <p className="print:hidden">
          <Link href={`/manage/events/${eventId}/centre/check-in`} className={linkClass}>
            {t("checkIn")}
          </Link>
        </p>
        <h1 className={pageTitleClass}>
          {t("heading", {
            centres: register.centres.length === 1 ? (register.centres[0]?.name ?? "") : t("yourCentres"),
          })}
        </h1>
        <p>
          {t.rich("inBuilding", {
            count: register.people.length,
            time: formatInZone(printedAt, zone),
            strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
          })}
        </p>
        <div className="print:hidden">
          <PrintButton label={t("print")} />
        </div>
      </header>
      {register.people.length === 0 ? (
        <p>{t("nobody")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("region")}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="w-8 py-2 pr-2">
                  <span className="sr-only">{t("accountedFor")}</span>
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("name")}
                </th>
                {register.centres.length > 1 ? (
                  <th scope="col" className="py-2 pr-3">
                    {t("centre")}
                  </th>
                ) : null}
                <th scope="col" className="py-2 pr-3">
                  {t("age")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("inSince")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("emergency")}
                </th>
                <th scope="col" className="py-2">
                  {t("needs")}
                </th>
              </tr>
            </thead>
            <tbody>
              {register.people.map((p) => (
                <tr key={p.registrationId} className="break-inside-avoid border-b border-slate-300">
                  <td className="py-2 pr-2">
                    <span aria-hidden="true" className="inline-block h-4 w-4 border border-slate-500" />
                  </td>
                  <th scope="row" className="py-2 pr-3 font-semibold">
                    {p.displayName}
                  </th>
                  {register.centres.length > 1 ? <td className="py-2 pr-3">{p.centre}</td> : null}
                  <td className="py-2 pr-3 whitespace-nowrap">{p.ageBandLabel}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatInZone(p.since, zone)}</td>
                  <td className="py-2 pr-3">
                    {p.emergency ? (
                      <>
                        {p.emergency.name} ({p.emergency.relationship}){" "}
                        <span className="font-medium whitespace-nowrap">{p.emergency.phone}</span>
                      </>
                    ) : (
                      <span className="text-slate-600">{t("noneGiven")}</span>
                    )}
                  </td>
                  <td className="py-2">{p.hasNeeds ? t("seeCheckIn") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className={mutedClass}>{t("shred")}</p>
    </div>
  );
}
