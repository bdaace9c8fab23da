// What may happen to a centre. Pure, and loaded by the browser (NO_CENTRE): the refusals' words are in
// problems.ts, which reads the catalogue.

/** What every page and export calls the centre of a registration or team that has none yet. */
export const NO_CENTRE = "No centre chosen";
