"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "~/server/auth";
import { RATE_LIMITED_MESSAGE, signInInput } from "~/server/auth/schema";

export interface SignInState {
  email: string;
  error: string | null;
}

export async function requestSignInLink(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const submitted = field("email");
  const parsed = signInInput.safeParse({ email: submitted, callbackUrl: field("callbackUrl") || "/" });
  if (!parsed.success) {
    return { email: submitted, error: "Enter your email address, like name@example.com." };
  }
  let next: unknown;
  try {
    // Without redirect: Auth.js would send the browser through /api/auth/verify-request, which a
    // server action's client-side navigation cannot follow.
    next = await signIn("nodemailer", {
      email: parsed.data.email,
      redirectTo: parsed.data.callbackUrl,
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) {
      return { email: submitted, error: "We couldn't send the sign-in email. Please try again in a moment." };
    }
    throw error;
  }
  if (typeof next === "string" && next.includes("error=RateLimited")) {
    return { email: submitted, error: RATE_LIMITED_MESSAGE };
  }
  redirect("/signin/check-email");
}
