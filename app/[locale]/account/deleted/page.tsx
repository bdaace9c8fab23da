import type { Metadata } from "next";
import Link from "next/link";
import { pageTitleClass, strongLinkClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Account deleted" };

/** Where someone lands after deleting their account. */
export default function AccountDeletedPage() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className={pageTitleClass}>Your account has been deleted</h1>
      <p>
        You&apos;re signed out everywhere. Your details are gone; projects you made with a team stay, credited
        to &ldquo;Former participant&rdquo;.
      </p>
      <p>
        <Link href="/" className={strongLinkClass}>
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
