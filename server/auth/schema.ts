import { z } from "zod";
import { email } from "../events/ids.ts";

/**
 * Only same-site paths, so a crafted link cannot send someone elsewhere after signing in; anything else
 * is "/". Printable ASCII only (the app's own paths are): the path becomes a Location header, where a
 * control character or a character outside Latin-1 makes Node throw instead of redirecting.
 */
export const callbackPath = z
  .string()
  .trim()
  .regex(/^\/(?![/\\])[\x21-\x7e]*$/)
  .catch("/");

export const signInInput = z.object({ email, callbackUrl: callbackPath.default("/") });
export type SignInInput = z.input<typeof signInInput>;
