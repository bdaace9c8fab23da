import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { addressIn } from "~/server/http/locales.mjs";
import { strongLinkClass } from "./text-styles";

/**
 * The event page's way into teams and projects: the finder, the caller's team and project, the gallery,
 * the finals as they happen, and what the projects became after the event (the "TeamLinks" messages; each
 * page at its address in the page's language when it has one, else in English).
 */
export async function TeamLinks({ slug }: { slug: string }) {
  const [t, locale] = await Promise.all([getTranslations("TeamLinks"), getLocale()]);
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-x-6 gap-y-2">
      <Link href={addressIn(locale, `/events/${slug}/teams`)} className={strongLinkClass}>
        {t("find")}
      </Link>
      <Link href={addressIn(locale, `/events/${slug}/team`)} className={strongLinkClass}>
        {t("myTeam")}
      </Link>
      <Link href={addressIn(locale, `/events/${slug}/submission`)} className={strongLinkClass}>
        {t("ourProject")}
      </Link>
      <Link href={addressIn(locale, `/events/${slug}/projects`)} className={strongLinkClass}>
        {t("gallery")}
      </Link>
      <Link href={addressIn(locale, `/events/${slug}/finals`)} className={strongLinkClass}>
        {t("finals")}
      </Link>
      <Link href={addressIn(locale, `/events/${slug}/next`)} className={strongLinkClass}>
        {t("next")}
      </Link>
    </nav>
  );
}
