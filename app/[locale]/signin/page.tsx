import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import {
  optionalText,
  parseSearchParams,
  searchParam,
  type RawSearchParams,
} from "~/app/_components/search-params";
import { currentUser } from "~/server/auth";
import { callbackPath } from "~/server/auth/schema";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";
import { labelsOf } from "~/server/i18n/labels";
import { SignInForm, type SignInFormWords } from "./signin-form";
import { pageTitleClass } from "~/app/_components/text-styles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("metaTitle"), alternates: { languages: languageAlternates("/signin") } };
}

const FORM_WORDS = ["emailLabel", "emailHint", "send", "sending"] as const;

type Props = { searchParams: Promise<RawSearchParams> };

const query = {
  callbackUrl: searchParam(callbackPath, "/"),
  // Any code says something went wrong (Auth.js has more than we name); only RateLimited says what.
  error: optionalText({ max: 100 }),
};

/** Asks for an email address and sends a sign-in link to it, in the page's language (the "SignIn" words). */
export default async function SignInPage({ searchParams }: Props) {
  const [{ callbackUrl: asked, error: code }, t, locale] = await Promise.all([
    searchParams.then((raw) => parseSearchParams(query, raw)),
    getTranslations("SignIn"),
    getLocale(),
  ]);
  // Told nothing, the page goes back to the home page in its own language.
  const callbackUrl = asked === "/" ? addressIn(locale, "/") : asked;
  if (await currentUser()) redirect(callbackUrl);
  let error: string | null = null;
  if (code === "RateLimited") error = t("rateLimited");
  else if (code) error = t("somethingWrong");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className={pageTitleClass}>{t("title")}</h1>
      <SignInForm
        callbackUrl={callbackUrl}
        locale={locale}
        initialError={error}
        words={labelsOf((key) => t(key), FORM_WORDS) satisfies SignInFormWords}
      />
    </div>
  );
}
