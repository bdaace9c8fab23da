// Team inputs, shared by the forms and the procedures. Pure zod: no Prisma, no server-only code.
import { z } from "zod";
import { recognisableName } from "../names/schema.ts";
import { recordId } from "../record-id.ts";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from "./rules.ts";

export const teamId = recordId("Team");

export const teamName = recognisableName({ min: 2, max: 60 });

const skill = z.string().trim().min(1).max(40, "Keep each skill under 40 characters");

/** Skills as typed in a form ("python, design") or as a list; blanks and repeats dropped. */
export const skillList = z
  .union([z.string().transform((s) => s.split(",")), z.array(z.string())])
  .transform((items) => [...new Set(items.map((s) => s.trim()).filter((s) => s.length > 0))])
  .pipe(z.array(skill).max(10, "List at most 10 skills"));

const codePattern = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export const joinCode = z
  .string()
  .max(40, "That isn't a team code")
  .transform(normaliseJoinCode)
  .pipe(z.string().regex(codePattern, "That isn't a team code. Check it and try again"));

export const createTeamInput = z.object({
  name: teamName,
  lookingForMembers: z.boolean().default(false),
  wantedSkills: skillList.default([]),
});
export type CreateTeamInput = z.input<typeof createTeamInput>;

export const joinCodeInput = z.object({ code: joinCode });
export type JoinCodeInput = z.input<typeof joinCodeInput>;

export const requestToJoinInput = z.object({
  teamId,
  message: z.string().trim().max(500, "Use at most 500 characters").default(""),
});
export type RequestToJoinInput = z.input<typeof requestToJoinInput>;

export const joinRequestInput = z.object({ requestId: recordId("Request") });
export type JoinRequestInput = z.input<typeof joinRequestInput>;

export const memberInput = z.object({ userId: recordId("Member") });
export type MemberInput = z.input<typeof memberInput>;

export const updateTeamInput = z.object({
  lookingForMembers: z.boolean(),
  wantedSkills: skillList,
});
export type UpdateTeamInput = z.input<typeof updateTeamInput>;

export const teamFinderInput = z.object({
  lookingForTeam: z.boolean(),
  note: z.string().trim().max(500, "Use at most 500 characters").default(""),
});
export type TeamFinderInput = z.input<typeof teamFinderInput>;

export const cancelRequestInput = z.object({ teamId });
export type CancelRequestInput = z.input<typeof cancelRequestInput>;

/**
 * Which centre the finder shows: a centre of the event, "all", or (left out) the caller's own centre,
 * since people team up where they will be on the day.
 */
export const finderFilterInput = z.object({
  centre: z.union([z.literal("all"), recordId("Centre")]).optional(),
});
