import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { EmailPreferencesForm, type EmailPreferencesFormWords } from "./email-preferences-form";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { titleFrom } from "~/app/_components/page-title";

const FORM_WORDS = ["legend", "notSaved", "saved", "save", "saving"] as const;

export const generateMetadata = titleFrom("EmailPreferences", "metaTitle");

export default async function EmailPreferencesPage() {
  await requireUser("/account/emails");
  const [{ optional, always }, t] = await Promise.all([
    (await serverCaller()).users.emailPreferences(),
    getTranslations("EmailPreferences"),
  ]);
  const words: EmailPreferencesFormWords = labelsOf((key) => t(key), FORM_WORDS);
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href="/account" className={linkClass}>
            {t("account")}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <EmailPreferencesForm categories={optional} words={words} />
      <section aria-labelledby="always-heading" className="space-y-3">
        <h2 id="always-heading" className={sectionTitleClass}>
          {t("alwaysTitle")}
        </h2>
        <p className="text-slate-700">{t("alwaysIntro")}</p>
        <ul className="space-y-2">
          {always.map((c) => (
            <li key={c.category} className="rounded border border-slate-200 bg-white p-3">
              <p className="font-medium">{c.label}</p>
              <p className="text-sm text-slate-600">{c.hint}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
