// The words the need-and-supply tables and charts say about hidden counts and weeks (supply-charts.tsx), in
// one language, from a page's catalogue ("AreaPage", "ManageSupply"). ENGLISH_SUPPLY_WORDS is the English
// they say: plain TypeScript, no JSX, so a unit test holds the catalogue's English to it.
import { SMALL_COUNT } from "~/server/supply/rules";

export interface SupplyWords {
  /** A hidden count's tooltip. */
  hiddenTitle: string;
  /** What a screen reader says for a hidden count. */
  hiddenSpoken: string;
  /** A hidden count in a chart's description ("A: 3; B: hidden"). */
  hidden: string;
  /** The weekly table's column headings. */
  weekOf: string;
  registrations: string;
  /** What the weekly chart shows, from its first and last weeks (Mondays) and how many are hidden. */
  describeWeeks: (weeks: { first: string; last: string; hidden: number }) => string;
  /** What the weekly chart shows when there are no weeks yet. */
  noWeeks: string;
}

export const ENGLISH_SUPPLY_WORDS: SupplyWords = {
  hiddenTitle: `Hidden: fewer than ${SMALL_COUNT}, or hidden to protect one`,
  hiddenSpoken: `hidden (fewer than ${SMALL_COUNT}, or hidden to protect a count of fewer than ${SMALL_COUNT})`,
  hidden: "hidden",
  weekOf: "Week of (Monday)",
  registrations: "Registrations",
  describeWeeks: ({ first, last, hidden }) =>
    `Registrations per week from the week of ${first} to the week of ${last}` +
    (hidden > 0 ? `; ${hidden} week${hidden === 1 ? "" : "s"} hidden.` : ".") +
    " The table below gives each week's count.",
  noWeeks: "Nobody has registered yet.",
};

/** The messages SupplyWords reads, in "AreaPage" and in "ManageSupply". */
export type SupplyWordKey =
  "hiddenTitle" | "hiddenSpoken" | "hidden" | "weekOf" | "registrations" | "perWeekDescription" | "nobodyYet";

/** SupplyWords from a page's catalogue (`say` reads an "AreaPage" or "ManageSupply" message). */
export function supplyWords(
  say: (key: SupplyWordKey, values?: Record<string, string | number>) => string,
): SupplyWords {
  return {
    hiddenTitle: say("hiddenTitle", { small: SMALL_COUNT }),
    hiddenSpoken: say("hiddenSpoken", { small: SMALL_COUNT }),
    hidden: say("hidden"),
    weekOf: say("weekOf"),
    registrations: say("registrations"),
    describeWeeks: ({ first, last, hidden }) => say("perWeekDescription", { first, last, hidden }),
    noWeeks: say("nobodyYet"),
  };
}
