import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { strongLinkClass } from "./text-styles";

/**
 * The event page's way into teams and projects: the finder, the caller's team and project, the gallery,
 * the finals as they happen, and what the projects became after the event (the "TeamLinks" messages; the
 * pages themselves may be English only).
 */
export async function TeamLinks({ slug }: { slug: string }) {
  const t = await getTranslations("TeamLinks");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-x-6 gap-y-2">
      <Link href={`/events/${slug}/teams`} className={strongLinkClass}>
        {t("find")}
      </Link>
      <Link href={`/events/${slug}/team`} className={strongLinkClass}>
        {t("myTeam")}
      </Link>
      <Link href={`/events/${slug}/submission`} className={strongLinkClass}>
        {t("ourProject")}
      </Link>
      <Link href={`/events/${slug}/projects`} className={strongLinkClass}>
        {t("gallery")}
      </Link>
      <Link href={`/events/${slug}/finals`} className={strongLinkClass}>
        {t("finals")}
      </Link>
      <Link href={`/events/${slug}/next`} className={strongLinkClass}>
        {t("next")}
      </Link>
    </nav>
  );
}
