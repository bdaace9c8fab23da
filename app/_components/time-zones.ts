import "server-only";
import { isValidTimeZone } from "~/server/time/zoned";

/** Zones most organisers of UK festivals and their partners pick, offered before the rest. */
const COMMON = [
  "Europe/London",
  "UTC",
  "Europe/Dublin",
  "Europe/Paris",
  "Europe/Berlin",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
];

export interface TimeZoneChoices {
  common: string[];
  /** Every other zone, alphabetically. */
  others: string[];
}

/**
 * The zones a form offers: the runtime's canonical IANA names (Intl.supportedValuesOf lists each zone
 * once, under its canonical name, so aliases such as "GB" or "US/Eastern" never appear), limited to
 * names we store (see isValidTimeZone), the common ones first.
 */
export function timeZoneOptions(): TimeZoneChoices {
  const all = new Set(["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => isValidTimeZone(zone))]);
  const common = COMMON.filter((zone) => all.has(zone));
  const others = [...all].filter((zone) => !common.includes(zone)).sort();
  return { common, others };
}
