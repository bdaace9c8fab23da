// Waiting-list inputs, shared by the forms and the procedures. Pure zod: no Prisma.
import { z } from "zod";
import { recordId } from "../record-id.ts";
import { EXPERIENCE_LEVELS } from "../registrations/schema.ts";

const centreId = recordId("Centre");

/** Join a full centre's waiting list: which centre, and the experience the person will register with. */
export const joinWaitingListInput = z.object({
  centreId,
  experience: z.enum(EXPERIENCE_LEVELS, "Choose your experience"),
});
export type JoinWaitingListInput = z.input<typeof joinWaitingListInput>;

/** Leave a centre's waiting list (or turn down a place offered from it). */
export const leaveWaitingListInput = z.object({ centreId });

/** One centre's waiting list, for the organisers and its centre leads. */
export const centreWaitingListInput = z.object({ centreId });

export const WAITING_LIST_STATUS_LABELS = {
  WAITING: "Waiting",
  OFFERED: "Offered a place",
  ACCEPTED: "Registered",
  EXPIRED: "Offer ran out",
  LEFT: "Left the list",
} as const;
