import { getTranslations } from "next-intl/server";
import type { RouterOutputs } from "~/app/trpc/types";
import { NO_CENTRE } from "~/server/centres/rules";
import { labelsOf } from "~/server/i18n/labels";
import { EXPERIENCE_LABELS, REGISTRATION_STATUS_LABELS } from "~/server/registrations/labels";
import { panelClass } from "./card";
import { EmptyState } from "./empty-state";
import { MoveToCentre, type MoveToCentreWords } from "./move-to-centre";
import { sectionTitleClass } from "./text-styles";

type RegistrationList = RouterOutputs["registrations"]["list"];

/** The counts above a registrations list, with its CSV download. */
export async function RegistrationCounts({
  counts,
  csvHref,
}: {
  counts: RegistrationList["counts"];
  csvHref: string;
}) {
  const t = await getTranslations("RegistrationsTable");
  return (
    <section aria-labelledby="counts-heading" className="space-y-3">
      <h2 id="counts-heading" className={sectionTitleClass}>
        {t("counts")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          [t("registered"), counts.registered],
          [t("confirmed"), counts.confirmed],
          [t("pendingConsent"), counts.pendingConsent],
          [t("withdrawn"), counts.withdrawn],
        ].map(([label, value]) => (
          <div key={label} className="rounded border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-700">
        {t("byAgeBand", { bands: counts.byAgeBand.map((b) => `${b.label} ${b.count}`).join(" · ") })}
        {counts.byCentre.length > 0 ? (
          <>
            <br />
            {t("byCentre", { centres: counts.byCentre.map((c) => `${c.centre} ${c.count}`).join(" · ") })}
          </>
        ) : null}
      </p>
      <p>
        <a
          href={csvHref}
          className="inline-block rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100"
          download
        >
          {t("csv")}
        </a>
      </p>
    </section>
  );
}

/**
 * Says, above a list, how many people hold a place without a centre (they registered before the event
 * had centres) and what happens to them; nothing when there are none or the event has no centres at all.
 */
export async function WithoutCentreNotice({
  count,
  hasCentres,
  audience,
}: {
  count: number;
  hasCentres: boolean;
  audience: "organisers" | "centre leads";
}) {
  if (count === 0 || !hasCentres) return null;
  const t = await getTranslations("RegistrationsTable");
  return (
    <p role="status" className="max-w-2xl rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">
      {t("withoutCentre", { count })}{" "}
      {audience === "organisers" ? t("withoutCentreOrganisers") : t("withoutCentreLeads")}
    </p>
  );
}

/**
 * Says, above the list, that some guardians' consents may have been given by the young people
 * themselves (consents from before such consents were refused); nothing when there are none.
 */
export async function ConsentToCheckNotice({ count }: { count: number }) {
  if (count === 0) return null;
  const t = await getTranslations("RegistrationsTable");
  return (
    <p role="status" className="max-w-2xl rounded border border-red-300 bg-red-50 p-4 text-red-900">
      {t("consentToCheck", { count })}
    </p>
  );
}

/** The table's column headings, in order. */
const COLUMNS = ["name", "centre", "ageBand", "experience", "status", "consent", "photos"] as const;

const MOVE_TO_CENTRE = ["chooseDifferent", "theCentre", "moving", "move"] as const;
const MOVE_TO_CENTRE_TEMPLATES = ["moved", "centreFor"] as const;

/** Who registered: names as the privacy rules allow, age bands, never dates of birth or addresses. */
export async function RegistrationsTable({
  rows,
  heading,
  moving,
}: {
  rows: RegistrationList["rows"];
  heading: string;
  /** Organisers: a centre picker in every row that has not withdrawn. */
  moving?: { eventId: string; centres: { id: string; name: string }[] };
}) {
  const [t, move] = await Promise.all([
    getTranslations("RegistrationsTable"),
    getTranslations("MoveToCentre"),
  ]);
  const moveWords: MoveToCentreWords = {
    ...labelsOf((key) => move(key), MOVE_TO_CENTRE),
    ...labelsOf((key) => move.raw(key) as string, MOVE_TO_CENTRE_TEMPLATES),
  };
  const photoLabel = (photo: boolean | null) =>
    photo === null ? "—" : photo ? t("photosYes") : t("noPhotos");
  return (
    <section aria-labelledby="table-heading" className="space-y-2">
      <h2 id="table-heading" className={sectionTitleClass}>
        {heading}
      </h2>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
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
                {COLUMNS.map((h) => (
                  <th key={h} scope="col" className="px-3 py-2.5 font-semibold">
                    {t(h)}
                  </th>
                ))}
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
                        words={moveWords}
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
