import "server-only";
import { redirect } from "next/navigation";
import type { SessionUser } from "~/server/context";
import { currentUser } from "~/server/auth";
import { signInPathFor } from "~/server/auth/confirm-link";

/**
 * Sends a signed-out visitor to sign in and back to `returnTo` (the address they see: "/cy/..." for a Welsh
 * page, whose sign-in page is Welsh too) afterwards.
 */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(signInPathFor(returnTo));
  return user;
}
