import "server-only";
import { isValidTimeZone } from "~/server/time/zoned";

/** The IANA zones a form offers, UTC first. */
export function timeZoneOptions(): string[] {
  return [
    "UTC",
    ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC" && isValidTimeZone(zone)),
  ];
}
