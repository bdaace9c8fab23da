import "server-only";
import type { Db } from "../db/create.ts";

/** The organisation and the caller's role in it (null role: not a member); null if it does not exist. */
export async function organisationAccess(db: Db, params: { organisationId: string; userId: string }) {
  const organisation = await db.organisation.findUnique({
    where: { id: params.organisationId },
    select: {
      id: true,
      slug: true,
      name: true,
      members: { where: { userId: params.userId }, select: { role: true } },
    },
  });
  if (!organisation) return null;
  const { members, ...org } = organisation;
  return { organisation: org, role: members[0]?.role ?? null };
}
