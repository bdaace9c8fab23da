// Acting for a child: the guardian picks a profile they keep, and every page and procedure then sees the
// child as the signed-in person (with the guardian alongside), until they switch back.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { mayActFor } from "./rules.ts";

/** The cookie holding the id of the profile the guardian acts for (HttpOnly, SameSite=Lax, the session's life). */
export const ACTING_COOKIE = "acting-for";

/** Reads ACTING_COOKIE from a Cookie header (undefined when absent or empty). */
export function actingCookieValue(cookieHeader: string | null): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === ACTING_COOKIE) return decodeURIComponent(rest.join("=")) || undefined;
  }
  return undefined;
}

/**
 * Who the request acts as: `user` unchanged when `profileId` is absent or is not a profile `user` keeps
 * (mayActFor: a stale or forged cookie is ignored, never an error); else the child's profile as a
 * SessionUser (never a platform admin) with `guardian` set to `user`. One indexed read when the cookie
 * is present, none otherwise.
 */
export async function actingUser(
  db: Db,
  user: SessionUser,
  profileId: string | undefined,
): Promise<SessionUser> {
  if (!profileId || profileId.length > 64) return user;
  const profile = await db.user.findUnique({
    where: { id: profileId },
    select: { id: true, email: true, name: true, alias: true, managedById: true, deletedAt: true },
  });
  if (!profile || !mayActFor(user, profile)) return user;
  return {
    id: profile.id,
    email: profile.email,
    name: profile.name,
    isPlatformAdmin: false,
    guardian: { id: user.id, email: user.email, name: user.name },
  };
}
