import "server-only";
import { redirect } from "next/navigation";
import type { SessionUser } from "~/server/context";
import { currentUser } from "~/server/auth";

/** Sends a signed-out visitor to sign in and back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
