import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { OnceForm } from "~/app/_components/once-form";
import { optionalText, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { maskEmail, spendLinkPath } from "~/server/auth/confirm-link";
import { addressIn } from "~/server/http/locales.mjs";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { buttonClass } from "~/app/_components/button-styles";

// The token is in the address: never send it on to another site, and keep the page out of indexes (no
// hreflang alternates either: the link in the email is the only way here).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("confirmMetaTitle"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Props = { searchParams: Promise<RawSearchParams> };

const linkParams = {
  token: optionalText({ max: 200 }),
  email: optionalText({ max: 254 }),
  callbackUrl: optionalText({ max: 2_000 }),
};

/**
 * Where an emailed sign-in link lands, in the language the link was asked for. Opening it changes nothing
 * (mail scanners open every link); the button posts to Auth.js's callback, which spends the link and signs
 * the person in.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const [{ token, email, callbackUrl }, t, locale] = await Promise.all([
    searchParams.then((raw) => parseSearchParams(linkParams, raw)),
    getTranslations("SignIn"),
    getLocale(),
  ]);
  if (!token || !email) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className={pageTitleClass}>{t("incompleteTitle")}</h1>
        <p>{t("incompleteBody")}</p>
        <p>
          <Link href={addressIn(locale, "/signin")} className={linkClass}>
            {t("askNew")}
          </Link>
        </p>
      </div>
    );
  }
  const action = spendLinkPath({ token, email, callbackUrl, locale });

  return (
    <div className="max-w-xl space-y-4">
      <h1 className={pageTitleClass}>{t("confirmTitle")}</h1>
      <p>{t("confirmBody")}</p>
      <OnceForm
        method="post"
        action={action}
        buttonClassName={buttonClass}
        buttonLabel={t("continueAs", { email: maskEmail(email, t("yourAccount")) })}
        pendingLabel={t("signingIn")}
      />
      <p className="text-sm text-slate-600">{t("notYou")}</p>
    </div>
  );
}
