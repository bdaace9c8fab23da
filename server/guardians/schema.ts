// Inputs of the guardians procedures: a child's profile kept by a guardian.
import { z } from "zod";
import { aliasName, personName } from "../users/schema.ts";
import { recordId } from "../record-id.ts";

/** A child's profile: their first name (what organisers see) and the nickname everyone else sees. */
export const addChildInput = z.object({
  name: personName,
  alias: aliasName.pipe(z.string("Choose a nickname: other participants see it instead of their name")),
});
export type AddChildInput = z.input<typeof addChildInput>;

/** Removing a child's profile (it is deleted as an account is: server/rights). */
export const removeChildInput = z.object({ childId: recordId("Child") });
