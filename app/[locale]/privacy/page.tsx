import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("Privacy");

const section = "space-y-2";
const heading = "text-xl font-semibold";

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/**
 * The privacy notice, written for the youngest people who use the product (many are 11 to 17) and
 * their families: short sentences, what is collected, who sees it, and what they can ask for.
 */
export default function PrivacyPage() {
  const t = useTranslations("Privacy");
  return (
    <article className="max-w-3xl space-y-8 text-lg leading-relaxed">
      <header className="space-y-3">
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>

      <section aria-labelledby="what" className={section}>
        <h2 id="what" className={heading}>
          {t("whatHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("whatEmail")}</li>
          <li>{t("whatName")}</li>
          <li>{t("whatBirth")}</li>
          <li>{t("whatCentre")}</li>
          <li>{t("whatGuardian")}</li>
          <li>{t("whatStarted")}</li>
        </ul>
        <p>{t("whatOnly")}</p>
      </section>

      <section aria-labelledby="who" className={section}>
        <h2 id="who" className={heading}>
          {t("whoHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t.rich("whoEveryone", { strong })}</li>
          <li>{t.rich("whoParticipants", { strong })}</li>
          <li>{t.rich("whoOrganisers", { strong })}</li>
          <li>{t.rich("whoSponsors", { strong })}</li>
        </ul>
        <p>{t("whoNever")}</p>
      </section>

      <section aria-labelledby="cookies" className={section}>
        <h2 id="cookies" className={heading}>
          {t("cookiesHeading")}
        </h2>
        <p>{t("cookies")}</p>
      </section>

      <section aria-labelledby="choices" className={section}>
        <h2 id="choices" className={heading}>
          {t("choicesHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            {t.rich("choicesName", {
              link: (chunks: ReactNode) => (
                <Link href="/account" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </li>
          <li>{t("choicesWithdraw")}</li>
          <li>{t("choicesConsent")}</li>
          <li>{t("choicesAsk")}</li>
        </ul>
      </section>
    </article>
  );
}
