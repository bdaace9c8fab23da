import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "../http/locales.mjs";
import { OPTIONAL_MAIL_CATEGORIES } from "../mail/preferences.ts";
import { recognisableName } from "../names/schema.ts";

/** A person's name as others see it (at least a first name). Shared by the profile and registration. */
export const personName = recognisableName({ min: 1, max: 80, missing: "Enter your name" });

/**
 * A nickname (alias): what other participants and the public see instead of a young person's name.
 * Empty means none.
 */
export const aliasName = recognisableName({ min: 0, max: 30 })
  .pipe(
    z.string().regex(/^[\p{L}\p{N} _.-]*$/u, "Use letters, digits, spaces, dots, hyphens and underscores"),
  )
  .transform((v) => (v === "" ? null : v));

export const updateProfileInput = z.object({
  name: personName,
  /** Public nickname; young people are shown by it instead of their name. */
  alias: aliasName,
});
export type UpdateProfileInput = z.input<typeof updateProfileInput>;

/** The optional categories of email the person wants turned off (every other one stays on). */
export const updateEmailPreferencesInput = z.object({
  turnedOff: z
    .array(z.enum(OPTIONAL_MAIL_CATEGORIES, "Choose from the categories listed"))
    .max(OPTIONAL_MAIL_CATEGORIES.length)
    .transform((values) => [...new Set(values)]),
});
export type UpdateEmailPreferencesInput = z.input<typeof updateEmailPreferencesInput>;

/** The page asking for a person's home block says its language, so the block's words come in it. */
export const homeInput = z.object({ locale: z.enum(LOCALES).default(DEFAULT_LOCALE) }).optional();
