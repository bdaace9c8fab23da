// Registration and consent inputs, shared by the forms and the procedures. Pure zod: no Prisma.
import { z } from "zod";
import { email } from "../events/ids.ts";
import { DEFAULT_LOCALE, LOCALES } from "../http/locales.mjs";
import { recordId } from "../record-id.ts";
import { recognisableName } from "../names/schema.ts";
import { aliasName, personName } from "../users/schema.ts";
import {
  calendarDateFrom,
  registrationProblems,
  type CalendarDate,
  type RegistrationFacts,
  type RegistrationRules,
} from "./rules.ts";
import { MAX_TAG_LENGTH, MAX_TAGS, SKILLS, EXPERIENCE_LEVELS } from "./labels.ts";

// The words and limits of registration, without zod (the browser loads them on every form).
export * from "./labels.ts";

const tag = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .max(MAX_TAG_LENGTH, `Keep each tag to ${MAX_TAG_LENGTH} characters`)
      .regex(/^[\p{L}\p{N} +#.-]*$/u, "Tags can use letters, digits, spaces and + # . -"),
  );

/**
 * Free tags: trimmed, blanks dropped, duplicates (ignoring case, and repeats of a ticked skill)
 * removed, at most MAX_TAGS. Raw input is bounded too, so a huge list is refused before any work.
 */
const tags = z
  .array(tag)
  .max(50, "Too many tags")
  .default([])
  .transform((values, ctx) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const value of values) {
      const key = value.toLowerCase();
      if (value === "" || seen.has(key)) continue;
      seen.add(key);
      out.push(value);
    }
    if (out.length > MAX_TAGS) {
      ctx.addIssue({ code: "custom", message: `Use at most ${MAX_TAGS} tags` });
      return z.NEVER;
    }
    return out;
  });

/** "YYYY-MM-DD", as <input type="date"> submits it; an impossible date (30 February) is refused. */
export const dateOfBirth = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter your date of birth")
  .transform((value, ctx): CalendarDate => {
    const d = calendarDateFrom(value);
    if (!d) {
      ctx.addIssue({ code: "custom", message: "That date doesn't exist" });
      return z.NEVER;
    }
    if (d.year < 1900) {
      ctx.addIssue({ code: "custom", message: "Check the year of your date of birth" });
      return z.NEVER;
    }
    return d;
  });

const optionalEmail = z
  .string()
  .trim()
  .transform((s) => (s === "" ? null : s))
  .pipe(email.nullable())
  .nullable()
  .default(null);

/** The answers a participant can change later: where, how experienced, what they can do. */
const answerFields = {
  centreId: recordId("Centre")
    .or(z.literal(""))
    .nullable()
    .default(null)
    .transform((s) => (s === "" ? null : s)),
  experience: z.enum(EXPERIENCE_LEVELS, "Choose your experience"),
  skills: z
    .array(z.enum(SKILLS))
    .max(SKILLS.length)
    .default([])
    .transform((values) => [...new Set(values)]),
  tags,
};

/** A free tag that repeats a ticked skill is dropped. */
function withoutTickedTags<T extends { skills: readonly string[]; tags: string[] }>({
  tags: free,
  ...rest
}: T) {
  const ticked = new Set<string>(rest.skills);
  return { ...rest, tags: free.filter((t) => !ticked.has(t.toLowerCase())) };
}

const registerFields = z.object({
  /** The participant's name (saved on their account): at least a first name. */
  name: personName,
  /** Their nickname (saved on their account): required of young people (registrationProblems). */
  alias: z.string().default("").pipe(aliasName),
  ...answerFields,
  dateOfBirth,
  guardianEmail: optionalEmail,
  /** The version shown on the form, so we record what the person actually accepted. */
  codeOfConductVersion: z.string().trim().min(1).max(40),
  acceptCodeOfConduct: z.literal(true, "Accept the code of conduct to register"),
  /** The language of the form: emails about the registration, to them and their guardian, are in it. */
  locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
});

/** The shape the procedure accepts; the event's own rules are checked by the command (registrationProblems). */
export const registerInput = registerFields.transform(withoutTickedTags);
export type RegisterInput = z.input<typeof registerInput>;
export type RegisterDetails = z.output<typeof registerInput>;

/** Changing those answers while registration is open (the date of birth and consent stay as they are). */
const updateFields = z.object(answerFields);
export const updateRegistrationInput = updateFields.transform(withoutTickedTags);
export type UpdateRegistrationInput = z.input<typeof updateRegistrationInput>;
export type RegistrationAnswers = z.output<typeof updateRegistrationInput>;

const isCalendarDate = (d: unknown): d is CalendarDate =>
  typeof d === "object" && d !== null && "year" in d && "month" in d && "day" in d;

/**
 * The answers the event's rules read, from an object part-way through parsing: a field that passed holds
 * its parsed value, one that failed its raw input (and its own message), which becomes `undefined` here
 * so it adds no follow-on problem.
 */
function factsFrom(value: unknown): RegistrationFacts {
  const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const centre = answerFields.centreId.safeParse(record.centreId ?? null);
  const guardian = "guardianEmail" in record ? optionalEmail.safeParse(record.guardianEmail ?? null) : null;
  // A nickname that passed is already parsed (null for none); one that failed is raw and fails again.
  const alias = record.alias === null ? null : registerFields.shape.alias.safeParse(record.alias);
  return {
    centreId: centre.success ? centre.data : undefined,
    dateOfBirth: isCalendarDate(record.dateOfBirth) ? record.dateOfBirth : undefined,
    guardianEmail: guardian?.success ? guardian.data : undefined,
    alias: alias === null ? null : alias.success ? alias.data : undefined,
  };
}

function addProblems(ctx: z.RefinementCtx, problems: Record<string, string[] | undefined>): void {
  for (const [field, messages] of Object.entries(problems)) {
    for (const message of messages ?? []) ctx.addIssue({ code: "custom", path: [field], message });
  }
}

// The rules run whatever else is wrong (`when`), so the form reports a missing centre, an age problem
// and a missing guardian address together with everything else.
const always = { when: () => true };

/** The registration form's schema: registerInput plus the event's own rules, all reported at once. */
export function registerInputFor(rules: RegistrationRules) {
  return registerFields
    .superRefine((value, ctx) => addProblems(ctx, registrationProblems(factsFrom(value), rules)), always)
    .transform(withoutTickedTags);
}

/** The form that changes the answers: updateRegistrationInput plus the required centre. */
export function updateRegistrationInputFor(rules: RegistrationRules) {
  return updateFields
    .superRefine((value, ctx) => {
      const { centreId } = factsFrom(value);
      addProblems(
        ctx,
        registrationProblems(
          { centreId, dateOfBirth: undefined, guardianEmail: undefined, alias: undefined },
          rules,
        ),
      );
    }, always)
    .transform(withoutTickedTags);
}

/** An organiser places someone at a centre. */
export const moveToCentreInput = z.object({
  registrationId: recordId("Registration"),
  centreId: recordId("Centre"),
});

export const resendConsentInput = z.object({
  /** Lets a young person fix a mistyped guardian address when resending. */
  guardianEmail: optionalEmail,
});
export type ResendConsentInput = z.input<typeof resendConsentInput>;

/** Lenient on purpose: any malformed token is simply an unknown link, never an error page. */
export const consentToken = z.string().trim().min(1).max(200);

export const consentByTokenInput = z.object({ token: consentToken });

export const giveConsentInput = z.object({
  token: consentToken,
  /** Normalised and checked like every name people recognise each other by (server/names). */
  guardianName: recognisableName({ min: 1, max: 120, missing: "Type your full name" }).pipe(
    z.string().min(2, "Type your full name"),
  ),
  attend: z.literal(true, "Permission to attend is needed for them to take part"),
  photo: z.boolean(),
  publicCredit: z.boolean(),
  /** Asked only below the event's age of digital consent (scopesAskedFor); false otherwise. */
  teamFinder: z.boolean().default(false),
  /** The version of the text the guardian was shown. */
  consentTextVersion: z.string().trim().min(1).max(40),
});
export type GiveConsentInput = z.input<typeof giveConsentInput>;

/** A guardian changes the optional scopes of a consent they gave (CHANGEABLE_SCOPES), with its link. */
export const changeConsentScopesInput = z.object({
  token: consentToken,
  photo: z.boolean(),
  publicCredit: z.boolean(),
  teamFinder: z.boolean().default(false),
});
export type ChangeConsentScopesInput = z.input<typeof changeConsentScopesInput>;

/**
 * The words a guardian agrees to, as organisers write them: paragraphs separated by blank lines, at
 * most 10,000 characters; empty goes back to the platform's default text.
 */
export const updateConsentTextInput = z.object({
  text: z.string().trim().max(10_000, "Use at most 10,000 characters"),
});
