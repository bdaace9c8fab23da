import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { pageCaller } from "~/app/trpc/server";
import { addressIn } from "~/server/http/locales.mjs";
import { areaOf } from "~/server/supply/rules";
import { sectionTitleClass, strongLinkClass } from "./text-styles";
import { compactCardClass } from "./card";

/**
 * Where an event happens: its centres, with what people need to know before choosing one, in the page's
 * language (the "Centres" messages; what the centre wrote stays as written).
 */
export async function CentreSection({ eventSlug }: { eventSlug: string }) {
  const centres = await (await pageCaller()).centres.listPublic({ slug: eventSlug });
  if (centres.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("Centres"), getLocale()]);
  return (
    <section aria-labelledby="centres-heading" className="space-y-3">
      <h2 id="centres-heading" className={sectionTitleClass}>
        {t("title")}
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
            {c.openingTimes ? (
              <p className="text-sm text-slate-700">{t("open", { times: c.openingTimes })}</p>
            ) : null}
            {c.accessibilityNotes ? (
              <p className="text-sm text-slate-700">{t("access", { notes: c.accessibilityNotes })}</p>
            ) : null}
            <p className="text-sm font-medium">
              {c.placesLeft === 0 ? t("full") : t("placesLeft", { count: c.placesLeft })}
            </p>
          </li>
        ))}
      </ul>
      <AreaLinks
        postcodeDistricts={centres.map((c) => c.postcodeDistrict)}
        lead={t("areas")}
        linkText={(area) => t("area", { area })}
        href={(area) => addressIn(locale, `/areas/${area}`)}
      />
    </section>
  );
}

/**
 * Links to the need-and-supply page of each postcode area the centres are in (none for unknown areas), at
 * its address in the page's language (`href`).
 */
function AreaLinks({
  postcodeDistricts,
  lead,
  linkText,
  href,
}: {
  postcodeDistricts: readonly string[];
  lead: string;
  linkText: (area: string) => string;
  href: (area: string) => string;
}) {
  const areas = [...new Set(postcodeDistricts.map((d) => areaOf(d).area).filter(Boolean))].sort();
  if (areas.length === 0) return null;
  return (
    <p className="text-sm text-slate-700">
      {lead}{" "}
      {areas.map((area, i) => (
        <span key={area}>
          {i > 0 ? ", " : null}
          <Link href={href(area)} className={strongLinkClass}>
            {linkText(area)}
          </Link>
        </span>
      ))}
      .
    </p>
  );
}
