import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";

/** "Page not found", in the route's locale, inside the site's frame. */
export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className={pageTitleClass}>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/" className={linkClass}>
          {t("allEvents")}
        </Link>
      </p>
    </div>
  );
}
