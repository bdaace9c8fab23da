// Inputs about an event's roles and status. Pure zod without the timeline, so the roles panel does not
// bring the time-zone code (Temporal) into its page.
import { z } from "zod";
import { whenValid } from "../forms/schema.ts";
import { recordId } from "../record-id.ts";
import { email } from "./ids.ts";
import { CENTRE_ROLES, EVENT_ROLES } from "./policy.ts";

export const publishEventInput = z.object({
  /** The organiser was told the event has no centres and publishes anyway. */
  confirmNoCentres: z.boolean().default(false),
});

export const eventRoleKind = z.enum(EVENT_ROLES);

export { CENTRE_ROLES };

const grantRoleFields = z.object({
  email,
  role: eventRoleKind,
  centreId: recordId("Centre").or(z.literal("")).nullable().default(null),
});

export const grantRoleInput = grantRoleFields
  .superRefine(
    (value, ctx) => {
      if (value.role === "CENTRE_LEAD" && !value.centreId) {
        ctx.addIssue({ code: "custom", path: ["centreId"], message: "Choose the centre they lead" });
      }
    },
    // Also when the email is wrong: both problems at once.
    { when: whenValid(grantRoleFields, ["role", "centreId"]) },
  )
  // Organisers and judges belong to the whole event, never to one centre.
  .transform((value) => ({
    ...value,
    centreId: (CENTRE_ROLES as readonly string[]).includes(value.role) ? value.centreId || null : null,
  }));
export type GrantRoleInput = z.input<typeof grantRoleInput>;

export const revokeRoleInput = z.object({ roleId: recordId("Role") });
export type RevokeRoleInput = z.input<typeof revokeRoleInput>;
