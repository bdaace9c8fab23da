// Why something is switched off and when it opens, in words, with the time in the event's zone. Apart
// from rules.ts (which the forms import) because formatting a time in a zone needs Temporal.
import { translatorFor } from "../i18n/messages.ts";
import { formatInNamedZone, type DateLocale } from "../time/zoned.ts";
import type { Capability, CapabilityWindow } from "./rules.ts";

/**
 * The sentence a page shows beside something switched off by the event's status or timeline, with the
 * time in the event's zone (named, 24-hour clock), in `locale`'s words (the "Capability" messages); null
 * while the capability holds.
 */
export function capabilityNotice(
  capability: Capability,
  window: CapabilityWindow,
  timeZone: string,
  locale: DateLocale = "en-GB",
): string | null {
  const t = translatorFor(locale, "Capability");
  switch (window.blocked) {
    case null:
      return null;
    case "DRAFT":
      return t("draft");
    case "ARCHIVED":
      return t("archived");
    case "NOT_YET_OPEN":
      return t(`${capability}.notYet`, { at: formatInNamedZone(window.opensAt, timeZone, locale) });
    case "CLOSED":
      return t(`${capability}.closed`, {
        at: formatInNamedZone(window.closesAt ?? window.opensAt, timeZone, locale),
      });
  }
}

/** What an organiser chose to keep when an event's time zone changes. */
