import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { linkClass, mutedClass, pageTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Live register" };

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
  const register = await orNotFound(caller.sensitive.register({ eventId }));
  const zone = register.event.timeZone;
  const printedAt = new Date();
  return (
    <div className="space-y-4 print:space-y-2">
      <header className="space-y-2">
        <p className="print:hidden">
          <Link href={`/manage/events/${eventId}/centre/check-in`} className={linkClass}>
            Check-in
          </Link>
        </p>
        <h1 className={pageTitleClass}>
          Live register: {register.centres.length === 1 ? register.centres[0]?.name : "your centres"}
        </h1>
        <p>
          <strong>{register.people.length}</strong> in the building at {formatInZone(printedAt, zone)}.
        </p>
        <div className="print:hidden">
          <PrintButton />
        </div>
      </header>
      {register.people.length === 0 ? (
        <p>Nobody is checked in.</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="The register">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Everyone in the building, with their emergency contact</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="w-8 py-2 pr-2">
                  <span className="sr-only">Accounted for</span>
                </th>
                <th scope="col" className="py-2 pr-3">
                  Name
                </th>
                {register.centres.length > 1 ? (
                  <th scope="col" className="py-2 pr-3">
                    Centre
                  </th>
                ) : null}
                <th scope="col" className="py-2 pr-3">
                  Age
                </th>
                <th scope="col" className="py-2 pr-3">
                  In since
                </th>
                <th scope="col" className="py-2 pr-3">
                  Emergency contact
                </th>
                <th scope="col" className="py-2">
                  Needs
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
                      <span className="text-slate-600">None given</span>
                    )}
                  </td>
                  <td className="py-2">{p.hasNeeds ? "Yes: see check-in" : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className={mutedClass}>
        Printed registers hold emergency contacts: keep them with you during the event and shred them after.
      </p>
    </div>
  );
}
