import type { RouterOutputs } from "~/app/trpc/types";
import { NO_CENTRE } from "~/server/centres/rules";
import { EXPERIENCE_LABELS, REGISTRATION_STATUS_LABELS } from "~/server/registrations/labels";
import { panelClass } from "./card";
import { EmptyState } from "./empty-state";
import { MoveToCentre } from "./move-to-centre";
import { sectionTitleClass } from "./text-styles";

type RegistrationList = RouterOutputs["registrations"]["list"];

/** The counts above a registrations list, with its CSV download. */
export function RegistrationCounts({
  counts,
  csvHref,
}: {
  counts: RegistrationList["counts"];
  csvHref: string;
}) {
  return (
    <section aria-labelledby="counts-heading" className="space-y-3">
      <h2 id="counts-heading" className={sectionTitleClass}>
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
          href={csvHref}
          className="inline-block rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100"
          download
        >
          Download CSV
        </a>
      </p>
    </section>
  );
}

/**
 * Says, above a list, how many people hold a place without a centre (they registered before the event
 * had centres) and what happens to them; nothing when there are none or the event has no centres at all.
 */
export function WithoutCentreNotice({
  count,
  hasCentres,
  audience,
}: {
  count: number;
  hasCentres: boolean;
  audience: "organisers" | "centre leads";
}) {
  if (count === 0 || !hasCentres) return null;
  const people = count === 1 ? "One person has" : `${count} people have`;
  return (
    <p role="status" className="max-w-2xl rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">
      {people} no centre: they registered before the event had centres.{" "}
      {audience === "organisers"
        ? `Their registration page asks them to choose one while registration is open; below, you can place them at one yourself.`
        : "They are in no centre's list yet, including yours: they appear here once they choose your centre. The organisers see them on the event's registrations page."}
    </p>
  );
}

/**
 * Says, above the list, that some guardians' consents may have been given by the young people
 * themselves (consents from before such consents were refused); nothing when there are none.
 */
export function ConsentToCheckNotice({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p role="status" className="max-w-2xl rounded border border-red-300 bg-red-50 p-4 text-red-900">
      {count === 1 ? "One guardian's consent needs checking" : `${count} guardians' consents need checking`}:
      it may have been given by the young person themselves. The reason is shown in the Guardian consent
      column. Check with the family before the event.
    </p>
  );
}

const photoLabel = (photo: boolean | null) => (photo === null ? "—" : photo ? "Yes" : "No photos");

/** Who registered: names as the privacy rules allow, age bands, never dates of birth or addresses. */
export function RegistrationsTable({
  rows,
  heading,
  moving,
}: {
  rows: RegistrationList["rows"];
  heading: string;
  /** Organisers: a centre picker in every row that has not withdrawn. */
  moving?: { eventId: string; centres: { id: string; name: string }[] };
}) {
  return (
    <section aria-labelledby="table-heading" className="space-y-2">
      <h2 id="table-heading" className={sectionTitleClass}>
        {heading}
      </h2>
      {rows.length === 0 ? (
        <EmptyState title="Nobody has registered yet.">
          Registrations appear here as people sign up. Share the event page to get the word out.
        </EmptyState>
      ) : (
        <div
          className={`overflow-x-auto ${panelClass}`}
          tabIndex={0}
          role="region"
          aria-labelledby="table-heading"
        >
          <table className="min-w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-700 uppercase">
              <tr>
                {["Name", "Centre", "Age band", "Experience", "Status", "Guardian consent", "Photos"].map(
                  (h) => (
                    <th key={h} scope="col" className="px-3 py-2.5 font-semibold">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-slate-50">
                  <th scope="row" className="px-3 py-2 font-medium">
                    {r.displayName}
                  </th>
                  <td className="px-3 py-2">
                    {moving && moving.centres.length > 0 && r.status !== "WITHDRAWN" ? (
                      <MoveToCentre
                        eventId={moving.eventId}
                        registrationId={r.id}
                        person={r.displayName}
                        currentCentreId={r.centreId}
                        centres={moving.centres}
                      />
                    ) : (
                      (r.centre ?? <strong className="font-semibold text-amber-900">{NO_CENTRE}</strong>)
                    )}
                  </td>
                  <td className="px-3 py-2">{r.ageBandLabel}</td>
                  <td className="px-3 py-2">{EXPERIENCE_LABELS[r.experience]}</td>
                  <td className="px-3 py-2">{REGISTRATION_STATUS_LABELS[r.status]}</td>
                  <td className="px-3 py-2">
                    {r.consentStatusLabel}
                    {r.consentDoubts.map((d) => (
                      <strong key={d.reason} className="mt-1 block font-semibold text-red-800">
                        {d.label}
                      </strong>
                    ))}
                  </td>
                  <td className="px-3 py-2">{photoLabel(r.photoConsent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
