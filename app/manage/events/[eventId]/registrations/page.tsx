import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { EXPERIENCE_LABELS } from "~/server/registrations/schema";

export const metadata: Metadata = { title: "Registrations" };

type Props = { params: Promise<{ eventId: string }> };

const statusLabels = {
  PENDING_CONSENT: "Pending consent",
  CONFIRMED: "Confirmed",
  WITHDRAWN: "Withdrawn",
} as const;

export default async function RegistrationsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/registrations`);
  const caller = await serverCaller();
  let data;
  let event;
  try {
    [event, data] = await Promise.all([
      caller.events.byIdForManagement({ eventId }),
      caller.registrations.list({ eventId }),
    ]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    if (error instanceof TRPCError && error.code === "FORBIDDEN") {
      return (
        <div className="max-w-xl space-y-3">
          <h1 className="text-3xl font-bold tracking-tight">Registrations</h1>
          <p>Only this event&apos;s organisers can see its registrations.</p>
        </div>
      );
    }
    throw error;
  }
  const { counts, rows } = data;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}`} className="text-brand-700 underline">
            {event.name}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Registrations</h1>
        <p className="max-w-2xl text-slate-700">
          Young people are listed by alias (or first name and initial) and age band only. Dates of birth and
          guardians&apos; addresses are never shown here.
        </p>
      </header>
      <section aria-labelledby="counts-heading" className="space-y-3">
        <h2 id="counts-heading" className="text-xl font-semibold">
          Counts
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Registered", counts.registered],
            ["Confirmed", counts.confirmed],
            ["Waiting for consent", counts.pendingConsent],
            ["Withdrawn", counts.withdrawn],
          ].map(([label, value]) => (
            <div key={label} className="rounded border border-slate-200 bg-white p-3">
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="text-2xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-slate-700">
          By age band: {counts.byAgeBand.map((b) => `${b.label} ${b.count}`).join(" · ")}
          {counts.byCentre.length > 0 ? (
            <>
              <br />
              By centre: {counts.byCentre.map((c) => `${c.centre} ${c.count}`).join(" · ")}
            </>
          ) : null}
        </p>
        <p>
          <a
            href={`/api/events/${eventId}/registrations-csv`}
            className="inline-block rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100"
            download
          >
            Download CSV
          </a>
        </p>
      </section>
      <section aria-labelledby="table-heading" className="space-y-2">
        <h2 id="table-heading" className="text-xl font-semibold">
          Everyone who registered
        </h2>
        {rows.length === 0 ? (
          <p>Nobody has registered yet.</p>
        ) : (
          <div
            className="overflow-x-auto rounded border border-slate-200 bg-white"
            tabIndex={0}
            role="region"
            aria-labelledby="table-heading"
          >
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Name
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Centre
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Age band
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Experience
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Status
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Guardian consent
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="px-3 py-2 font-medium">
                      {r.displayName}
                    </th>
                    <td className="px-3 py-2">{r.centre ?? "—"}</td>
                    <td className="px-3 py-2">{r.ageBandLabel}</td>
                    <td className="px-3 py-2">{EXPERIENCE_LABELS[r.experience]}</td>
                    <td className="px-3 py-2">{statusLabels[r.status]}</td>
                    <td className="px-3 py-2">{r.consentStatusLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
