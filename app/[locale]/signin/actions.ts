"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "~/server/auth";
import { signInInput } from "~/server/auth/schema";
import { DEFAULT_LOCALE, addressIn, localeOr } from "~/server/http/locales.mjs";
import { translatorFor } from "~/server/i18n/messages";

export interface SignInState {
  email: string;
  error: string | null;
}

/**
 * Emails a sign-in link to the address in `formData` (fields `email`, `callbackUrl`, `locale`), in the
 * form's language: the email, the page its link opens and "check your email" next. Returns what to
 * show when it cannot (a bad address, too many requests, a mail failure); otherwise redirects.
 */
export async function requestSignInLink(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const locale = localeOr(field("locale"), DEFAULT_LOCALE);
  const t = translatorFor(locale, "SignIn");
  const submitted = field("email");
  const parsed = signInInput.safeParse({
    email: submitted,
    callbackUrl: field("callbackUrl") || addressIn(locale, "/"),
  });
  if (!parsed.success) return { email: submitted, error: t("invalidEmail") };
  let next: unknown;
  try {
    // Without redirect: Auth.js would send the browser through /api/auth/verify-request, which a
    // server action's client-side navigation cannot follow. Auth.js hands `locale` on to
    // sendVerificationRequest in the request's body (server/auth/index.ts).
    next = await signIn("nodemailer", {
      email: parsed.data.email,
      redirectTo: parsed.data.callbackUrl,
      redirect: false,
      locale,
    });
  } catch (error) {
    if (error instanceof AuthError) return { email: submitted, error: t("couldNotSend") };
    throw error;
  }
  if (typeof next === "string" && next.includes("error=RateLimited")) {
    return { email: submitted, error: t("rateLimited") };
  }
  redirect(addressIn(locale, "/signin/check-email"));
}
