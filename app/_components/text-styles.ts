// The typographic scale: one class per role, so every page's headings and links look alike.

/** A page's one h1. */
export const pageTitleClass = "text-3xl font-extrabold tracking-tight text-slate-950 sm:text-4xl";

/** A section's heading (h2) on a page. */
export const sectionTitleClass = "text-xl font-bold tracking-tight text-slate-950";

/** A card's or sub-section's heading (h3). */
export const cardTitleClass = "text-lg font-semibold text-slate-950";

/** A link inside running text. */
export const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

/** A link that stands on its own line (a next step, "back to the event"). */
export const strongLinkClass = `font-medium ${linkClass}`;

/** A link that is the title of a card: underlined on hover only, the card says it is a link. */
export const titleLinkClass = "text-brand-700 hover:underline underline-offset-2";

/** Secondary text under a title (dates, places, counts). */
export const mutedClass = "text-sm text-slate-600";
