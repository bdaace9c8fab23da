import type { Metadata } from "next";
import Link from "next/link";

import { OnceForm } from "~/app/_components/once-form";
import { optionalText, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { maskEmail, spendLinkPath } from "~/server/auth/confirm-link";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { buttonClass } from "~/app/_components/button-styles";

// The token is in the address: never send it on to another site, and keep the page out of indexes.
export const metadata: Metadata = {
  title: "Finish signing in",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<RawSearchParams> };

const linkParams = {
  token: optionalText({ max: 200 }),
  email: optionalText({ max: 254 }),
  callbackUrl: optionalText({ max: 2_000 }),
};

/**
 * Where an emailed sign-in link lands. Opening it changes nothing (mail scanners open every link); the
 * button posts to Auth.js's callback, which spends the link and signs the person in.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const { token, email, callbackUrl } = parseSearchParams(linkParams, await searchParams);
  if (!token || !email) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className={pageTitleClass}>This sign-in link is incomplete</h1>
        <p>Part of the link is missing. Open it again from the email, or ask for a new one.</p>
        <p>
          <Link href="/signin" className={linkClass}>
            Ask for a new sign-in link
          </Link>
        </p>
      </div>
    );
  }
  const action = spendLinkPath({ token, email, callbackUrl });
  return (
    <div className="max-w-xl space-y-4">
      <h1 className={pageTitleClass}>Finish signing in</h1>
      <p>You opened a sign-in link. Press the button to sign in on this device.</p>
      <OnceForm
        method="post"
        action={action}
        buttonClassName={buttonClass}
        buttonLabel={`Continue signing in as ${maskEmail(email)}`}
        pendingLabel="Signing in…"
      />
      <p className="text-sm text-slate-600">
        Didn&apos;t ask to sign in? Close this page: nothing happens unless you press the button.
      </p>
    </div>
  );
}
