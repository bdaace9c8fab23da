import type { Metadata } from "next";
import Link from "next/link";
import { oneOf, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Sign-in problem" };

// The Auth.js error codes with a message of their own; any other code gets the general one.
const messages = {
  Verification: "That sign-in link has expired or has already been used.",
  AccessDenied: "You can't sign in with that account.",
  Configuration: "Sign-in isn't working on our side right now.",
} as const;

type Props = { searchParams: Promise<RawSearchParams> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const { error } = parseSearchParams(
    { error: oneOf(["Verification", "AccessDenied", "Configuration"]) },
    await searchParams,
  );
  const message = error ? messages[error] : "Something went wrong while signing you in.";
  return (
    <div className="max-w-xl space-y-4">
      <h1 className={pageTitleClass}>We couldn&apos;t sign you in</h1>
      <p>{message}</p>
      <p>
        <Link href="/signin" className={linkClass}>
          Ask for a new sign-in link
        </Link>
      </p>
    </div>
  );
}
