// The organisation, certificate and area pages read these names from the catalogue; English-only forms,
// exports and the directory still read the domain's tables. Both must say the same thing in English (as
// messages.test.ts holds timelines, milestones and phases to the domain).
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE } from "../http/locales.mjs";
import { placeLabel } from "../certificates/rules.ts";
import { WEEKDAY_NAMES } from "../directory/rules.ts";
import { organisationKindLabels } from "../organisations/schema.ts";
import { EXPERIENCE_LABELS } from "../registrations/labels.ts";
import { AGE_BANDS, ageBandLabel } from "../registrations/rules.ts";
import { CATALOGUES, translatorFor } from "./messages.ts";

describe("the English catalogue and the domain's English, for the organisation, certificate and area pages", () => {
  const en = CATALOGUES[DEFAULT_LOCALE];

  it("names experience levels, kinds of organisation, weekdays and age bands as the domain does", () => {
    expect(en.ExperienceLevel).toEqual(EXPERIENCE_LABELS);
    expect(en.OrganisationPage.kind).toEqual(organisationKindLabels);
    expect(en.OrganisationPage.club.weekday).toEqual(
      Object.fromEntries(WEEKDAY_NAMES.map((name, i) => [String(i + 1), name])),
    );
    expect(en.AreaPage.ageBand).toEqual(
      Object.fromEntries(AGE_BANDS.map((band) => [band, ageBandLabel(band)])),
    );
  });

  it("says an award's place as a certificate does", () => {
    const place = translatorFor(DEFAULT_LOCALE, "Awards");
    for (let n = 1; n <= 250; n++) expect(place("place", { place: n }), String(n)).toBe(placeLabel(n));
  });

  it("gives every Welsh name, and Welsh places", () => {
    const cy = CATALOGUES.cy;
    expect(Object.keys(cy.ExperienceLevel)).toEqual(Object.keys(EXPERIENCE_LABELS));
    expect(Object.keys(cy.OrganisationPage.kind).sort()).toEqual(Object.keys(organisationKindLabels).sort());
    expect(Object.keys(cy.AreaPage.ageBand).sort()).toEqual([...AGE_BANDS].sort());
    const place = translatorFor("cy", "Awards");
    // Welsh ordinals: 1af, 2il, 3ydd, 4ydd, 5ed, 6ed, 7fed … 10fed, then 11eg, 12fed, 13eg …
    const ordinals = [1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((n) =>
      place("place", { place: n }).replace("Safle ", ""),
    );
    expect(ordinals).toEqual([
      "1af",
      "2il",
      "3ydd",
      "4ydd",
      "5ed",
      "6ed",
      "7fed",
      "10fed",
      "11eg",
      "12fed",
      "13eg",
      "14eg",
      "15fed",
      "16eg",
      "17eg",
      "18fed",
      "19eg",
      "20fed",
    ]);
  });
});
