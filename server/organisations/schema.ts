// Organisation inputs, shared by the forms and the procedures. Pure zod: no Prisma, no server-only code.
import { z } from "zod";
import { recognisableName } from "../names/schema.ts";
import { email } from "../events/ids.ts";
import { recordId } from "../record-id.ts";
import { imageBase64 } from "../storage/upload-schema.ts";
import { requestKey } from "../idempotency/schema.ts";

export const ORGANISATION_KINDS = ["INDUSTRY", "PUBLIC_SECTOR", "COMMUNITY", "ACADEMIC"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_ROLES = ["OWNER", "MEMBER"] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const organisationKindLabels: Record<OrganisationKind, string> = {
  INDUSTRY: "Industry",
  PUBLIC_SECTOR: "Public sector",
  COMMUNITY: "Community",
  ACADEMIC: "Academic",
};

/** An absolute URL with one of the given schemes; "" is allowed where the field is optional. */
export function webUrl(schemes: readonly ("http:" | "https:")[], message: string) {
  return z
    .string()
    .trim()
    .max(500, "Use at most 500 characters")
    .refine((value) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return (schemes as readonly string[]).includes(url.protocol) && url.hostname.length > 0;
    }, message);
}

const optional = <T extends z.ZodType<string>>(schema: T) =>
  z
    .union([z.literal("").transform(() => null), schema])
    .nullable()
    .default(null);

export const organisationSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Not a valid organisation address");

export const createOrganisationInput = z.object({
  name: recognisableName({ min: 2, max: 120 }),
  kind: z.enum(ORGANISATION_KINDS, "Choose what kind of organisation this is"),
  website: optional(webUrl(["http:", "https:"], "Enter a web address starting with http:// or https://")),
  description: z.string().trim().max(500, "Use at most 500 characters").default(""),
});
export type CreateOrganisationInput = z.input<typeof createOrganisationInput>;

/** Creating one: the details, and the form's request key (a double click creates one organisation). */
export const newOrganisationInput = createOrganisationInput.extend({ requestKey });

/** The same details, changed later by an owner (the address stays, so links keep working). */
export const updateOrganisationInput = createOrganisationInput;
export type OrganisationDetails = z.output<typeof createOrganisationInput>;

/** A logo upload: PNG, JPEG, WebP or GIF, checked by its bytes on the server. */
export const organisationLogoInput = z.object({ dataBase64: imageBase64 });

export const organisationIdInput = z.object({ organisationId: recordId("Organisation") });

export const organisationBySlugInput = z.object({ slug: organisationSlug });

export const inviteMemberInput = z.object({
  email,
  role: z.enum(ORGANISATION_ROLES).default("MEMBER"),
});
export type InviteMemberInput = z.input<typeof inviteMemberInput>;

const id = recordId();

export const changeMemberRoleInput = z.object({ memberId: id, role: z.enum(ORGANISATION_ROLES) });
export const removeMemberInput = z.object({ memberId: id });
export const revokeInviteInput = z.object({ inviteId: id });

/** Invitation tokens are 32 random bytes in base64url: 43 characters. */
export const inviteToken = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, "That invitation link is not valid");
export const inviteTokenInput = z.object({ token: inviteToken });
