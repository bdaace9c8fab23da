import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("checkMetaTitle"), alternates: { languages: languageAlternates("/signin/check-email") } };
}

/** Where the sign-in form sends someone once their link is on its way. */
export default async function CheckEmailPage() {
  const [t, locale] = await Promise.all([getTranslations("SignIn"), getLocale()]);
  return (
    <div className="max-w-xl space-y-4">
      <h1 className={pageTitleClass}>{t("checkTitle")}</h1>
      <p>{t("checkSent")}</p>
      <p>
        {t.rich("checkNothing", {
          link: (chunks) => (
            <Link href={addressIn(locale, "/signin")} className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
