import type { Metadata } from "next";
import { redirect } from "next/navigation";
import {
  optionalText,
  parseSearchParams,
  searchParam,
  type RawSearchParams,
} from "~/app/_components/search-params";
import { currentUser } from "~/server/auth";
import { callbackPath, RATE_LIMITED_MESSAGE } from "~/server/auth/schema";
import { SignInForm } from "./signin-form";
import { pageTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<RawSearchParams> };

const query = {
  callbackUrl: searchParam(callbackPath, "/"),
  // Any code says something went wrong (Auth.js has more than we name); only RateLimited says what.
  error: optionalText({ max: 100 }),
};

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error: code } = parseSearchParams(query, await searchParams);
  if (await currentUser()) redirect(callbackUrl);
  let error: string | null = null;
  if (code === "RateLimited") error = RATE_LIMITED_MESSAGE;
  else if (code) error = "Something went wrong signing you in. Please try again.";
  return (
    <div className="max-w-xl space-y-6">
      <h1 className={pageTitleClass}>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
    </div>
  );
}
