import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { oneOf, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("errorMetaTitle"), alternates: { languages: languageAlternates("/signin/error") } };
}

// The Auth.js error codes with a message of their own; any other code gets the general one.
const CODES = ["Verification", "AccessDenied", "Configuration"] as const;

type Props = { searchParams: Promise<RawSearchParams> };

/** Where Auth.js sends someone whose sign-in failed (server/auth/index.ts `pages.error`). */
export default async function SignInErrorPage({ searchParams }: Props) {
  const [{ error }, t, locale] = await Promise.all([
    searchParams.then((raw) => parseSearchParams({ error: oneOf(CODES) }, raw)),
    getTranslations("SignIn"),
    getLocale(),
  ]);
  const message = error ? t(`error${error}`) : t("errorOther");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className={pageTitleClass}>{t("errorTitle")}</h1>
      <p>{message}</p>
      <p>
        <Link href={addressIn(locale, "/signin")} className={linkClass}>
          {t("askNew")}
        </Link>
      </p>
    </div>
  );
}
