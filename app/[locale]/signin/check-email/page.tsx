import type { Metadata } from "next";
import Link from "next/link";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className={pageTitleClass}>Check your email</h1>
      <p>We&apos;ve sent you a link to sign in. It works once and expires in 24 hours.</p>
      <p>
        Nothing there? Look in your spam folder, or{" "}
        <Link href="/signin" className={linkClass}>
          ask for another link
        </Link>
        .
      </p>
    </div>
  );
}
