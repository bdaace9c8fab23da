import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { StaffSignInWords } from "./staff-sign-in";

type Translate = Awaited<ReturnType<typeof getTranslations<"StaffSignIn">>>;

/** The words StaffSignIn shows once done (the "StaffSignIn" messages), read on the server. */
export function staffSignInWords(t: Translate): StaffSignInWords {
  return labelsOf((key) => t(key), ["signedIn", "signedOut"] as const);
}
