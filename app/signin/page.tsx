import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "~/server/auth";
import { callbackPath, RATE_LIMITED_MESSAGE } from "~/server/auth/schema";
import { SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in" };

const errors: Record<string, string> = { RateLimited: RATE_LIMITED_MESSAGE };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = callbackPath.parse(params.callbackUrl ?? "/");
  if (await currentUser()) redirect(callbackUrl);
  const error = params.error
    ? (errors[params.error] ?? "Something went wrong signing you in. Please try again.")
    : null;
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
    </div>
  );
}
