import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign-in problem" };

const messages: Record<string, string> = {
  Verification: "That sign-in link has expired or has already been used.",
  AccessDenied: "You can't sign in with that account.",
  Configuration: "Sign-in isn't working on our side right now.",
};

type Props = { searchParams: Promise<{ error?: string }> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const { error } = await searchParams;
  const message = (error && messages[error]) ?? "Something went wrong while signing you in.";
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">We couldn&apos;t sign you in</h1>
      <p>{message}</p>
      <p>
        <Link href="/signin" className="text-brand-700 underline">
          Ask for a new sign-in link
        </Link>
      </p>
    </div>
  );
}
