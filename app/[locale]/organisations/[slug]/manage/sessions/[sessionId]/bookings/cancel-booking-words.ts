import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { CancelBookingWords } from "./cancel-booking";

const WORDS = ["cancel", "yesCancel", "keep", "cancelling"] as const;
const TEMPLATES = [
  "cancelFor",
  "cancelTitle",
  "cancelPlaceBody",
  "cancelPlaceFreeBody",
  "cancelWaitingBody",
  "cancelled",
] as const;

type Translate = Awaited<ReturnType<typeof getTranslations<"ClubBookings">>>;

/** A booking's cancel button's words (the "ClubBookings" messages), read on the server. */
export function cancelBookingWords(t: Translate): CancelBookingWords {
  return {
    ...labelsOf((key) => t(key), WORDS),
    ...labelsOf((key) => t.raw(key) as string, TEMPLATES),
  };
}
