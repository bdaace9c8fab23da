import Link from "next/link";
import { pageCaller } from "~/app/trpc/server";
import { areaOf } from "~/server/supply/rules";
import { sectionTitleClass, strongLinkClass } from "./text-styles";
import { compactCardClass } from "./card";

/** Where an event happens: its centres, with what people need to know before choosing one. */
export async function CentreSection({ eventSlug }: { eventSlug: string }) {
  const centres = await (await pageCaller()).centres.listPublic({ slug: eventSlug });
  if (centres.length === 0) return null;
  return (
    <section aria-labelledby="centres-heading" className="space-y-3">
      <h2 id="centres-heading" className={sectionTitleClass}>
        Centres
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {centres.map((c) => (
          <li key={c.id} className={`space-y-1 ${compactCardClass}`}>
            <h3 className="font-semibold">{c.name}</h3>
            {c.addressLine || c.postcodeDistrict ? (
              <p className="text-sm text-slate-700">
                {[c.addressLine, c.postcodeDistrict].filter(Boolean).join(", ")}
              </p>
            ) : null}
            {c.openingTimes ? <p className="text-sm text-slate-700">Open: {c.openingTimes}</p> : null}
            {c.accessibilityNotes ? (
              <p className="text-sm text-slate-700">Access: {c.accessibilityNotes}</p>
            ) : null}
            <p className="text-sm font-medium">
              {c.placesLeft === 0
                ? "Full"
                : `${c.placesLeft} ${c.placesLeft === 1 ? "place" : "places"} left`}
            </p>
          </li>
        ))}
      </ul>
      <AreaLinks postcodeDistricts={centres.map((c) => c.postcodeDistrict)} />
    </section>
  );
}

/** Links to the need-and-supply page of each postcode area the centres are in (none for unknown areas). */
function AreaLinks({ postcodeDistricts }: { postcodeDistricts: readonly string[] }) {
  const areas = [...new Set(postcodeDistricts.map((d) => areaOf(d).area).filter(Boolean))].sort();
  if (areas.length === 0) return null;
  return (
    <p className="text-sm text-slate-700">
      Places and demand across the area:{" "}
      {areas.map((area, i) => (
        <span key={area}>
          {i > 0 ? ", " : null}
          <Link href={`/areas/${area}`} className={strongLinkClass}>
            need and supply in {area}
          </Link>
        </span>
      ))}
      .
    </p>
  );
}
