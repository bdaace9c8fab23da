import { z } from "zod";
import { requestKey } from "../idempotency/schema.ts";

export const createAnnouncementInput = z.object({
  title: z.string().trim().min(3, "Use at least 3 characters").max(120, "Use at most 120 characters"),
  body: z.string().trim().min(3, "Write the announcement").max(5000, "Use at most 5000 characters"),
  /** Posting twice (a double click) posts and emails once. */
  requestKey,
});
export type CreateAnnouncementInput = z.input<typeof createAnnouncementInput>;

// A correction needs no request key: saving the same text twice changes nothing the second time.
export const updateAnnouncementInput = createAnnouncementInput.omit({ requestKey: true }).extend({
  announcementId: z.string().trim().min(1).max(64),
});
export type UpdateAnnouncementInput = z.input<typeof updateAnnouncementInput>;

export const announcementIdInput = z.object({ announcementId: z.string().trim().min(1).max(64) });
