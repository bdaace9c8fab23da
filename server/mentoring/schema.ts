// Inputs of the mentoring procedures: offers to mentor, vetting records, the ratio, staff on site and
// mentor ↔ team matches. Pure zod (the forms import it too).
import { z } from "zod";
import { recordId } from "../record-id.ts";
import { EXPERIENCE_LEVELS, SKILLS } from "../registrations/schema.ts";
import { VETTING_CHECKS } from "./vetting.ts";

/** A calendar date as the date inputs send it. */
const calendarDate = (what: string) =>
  z
    .string(`Enter ${what}`)
    .trim()
    .min(1, `Enter ${what}`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${what} as a date`)
    .refine(
      (s) =>
        !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      `Enter ${what} as a real date`,
    );

/** A volunteer's offer: where, what they can help with, at which levels, which days, how many teams. */
export const offerInput = z.object({
  centreId: recordId("Centre")
    .or(z.literal(""))
    .nullable()
    .default(null)
    .transform((s) => (s === "" ? null : s)),
  skills: z
    .array(z.enum(SKILLS, "Choose skills from the list"))
    .max(SKILLS.length)
    .default([])
    .transform((values) => [...new Set(values)]),
  levels: z
    .array(z.enum(EXPERIENCE_LEVELS, "Choose levels from the list"))
    .min(1, "Choose at least one level you are happy to help")
    .max(EXPERIENCE_LEVELS.length)
    .transform((values) => [...new Set(values)]),
  days: z
    .array(calendarDate("a day"))
    .min(1, "Choose at least one day you can come")
    .max(31)
    .transform((values) => [...new Set(values)].sort()),
  capacity: z.coerce
    .number("Enter a number of teams")
    .int("Use a whole number")
    .min(1, "At least 1")
    .max(20, "At most 20"),
  note: z.string().trim().max(1000, "Use at most 1,000 characters").default(""),
  /** Mentors are adults: the form asks them to say so. */
  adult: z.literal(true, "Mentors must be 18 or over"),
});
export type OfferInput = z.input<typeof offerInput>;
export type Offer = z.output<typeof offerInput>;

export const offerIdInput = z.object({ offerId: recordId("Offer") });

/** An organiser accepts an offer (placing the mentor at a centre) or declines it. */
export const decideOfferInput = offerIdInput.extend({
  decision: z.enum(["ACCEPT", "DECLINE"], "Choose accept or decline"),
  /** Where an accepted mentor works: defaults to the centre they offered. */
  centreId: recordId("Centre")
    .or(z.literal(""))
    .nullable()
    .default(null)
    .transform((s) => (s === "" ? null : s)),
});

/** The vetting an organiser saw: check, dates, who verified it, training. Never the certificate or its number. */
export const recordVettingInput = z
  .object({
    userId: recordId("Person"),
    check: z.enum(VETTING_CHECKS, "Choose the kind of check"),
    checkDetail: z.string().trim().max(120, "Use at most 120 characters").default(""),
    checkedOn: calendarDate("the date of the check"),
    expiresOn: calendarDate("when it expires"),
    verifiedBy: z
      .string("Say who saw the check")
      .trim()
      .min(2, "Say who saw the check")
      .max(120, "Use at most 120 characters"),
    trainingOn: calendarDate("the training date")
      .or(z.literal(""))
      .nullable()
      .default(null)
      .transform((s) => (s === "" ? null : s)),
  })
  .superRefine((value, ctx) => {
    if (value.expiresOn < value.checkedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["expiresOn"],
        message: "It can't expire before the check was done",
      });
    }
    if (value.check === "OTHER_EQUIVALENT" && value.checkDetail === "") {
      ctx.addIssue({ code: "custom", path: ["checkDetail"], message: "Say which check it was" });
    }
  });
export type RecordVettingInput = z.input<typeof recordVettingInput>;

/** One vetted adult for every this many under-18s at a centre; empty removes the ratio. */
export const setRatioInput = z.object({
  youngPeoplePerVettedAdult: z
    .union([
      z.literal(""),
      z.null(),
      z.coerce
        .number("Enter a number")
        .int("Use a whole number")
        .min(1, "At least 1")
        .max(100, "At most 100"),
    ])
    .transform((v) => (v === "" ? null : v)),
});

/** An adult working at a centre signs in or out (themselves, or a lead for them). */
export const staffVisitInput = z.object({
  centreId: recordId("Centre"),
  /** Someone else (centre leads and organisers only); omitted: the caller. */
  userId: recordId("Person").optional(),
});

/** A centre and a day of the event ("YYYY-MM-DD"). */
export const centreDayInput = z.object({ centreId: recordId("Centre"), day: calendarDate("a day") });

/** Sets (or, with null, clears) a team's mentor on a day. */
export const setMatchInput = centreDayInput.extend({
  teamId: recordId("Team"),
  mentorId: recordId("Mentor").nullable(),
});

/** Moves a learner (their registration) into a group of the day, or into a new group ("NEW"). */
export const moveLearnerInput = centreDayInput.extend({
  registrationId: recordId("Learner"),
  to: z.literal("NEW").or(recordId("Group")),
});

/** Sets (or, with null, clears) a learner group's mentor. */
export const setGroupMentorInput = centreDayInput.extend({
  groupId: recordId("Group"),
  mentorId: recordId("Mentor").nullable(),
});
