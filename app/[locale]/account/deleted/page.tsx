import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("AccountDeleted", "metaTitle");

/** Where someone lands after deleting their account. */
export default async function AccountDeletedPage() {
  const t = await getTranslations("AccountDeleted");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className={pageTitleClass}>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/" className={strongLinkClass}>
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
