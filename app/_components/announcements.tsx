import { getLocale, getTranslations } from "next-intl/server";
import { pageCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { Markdown } from "~/app/_components/markdown";
import { sectionTitleClass } from "./text-styles";

/** The event page's announcements, newest first, dated in the page's language (as written: not translated). */
export async function Announcements({ slug, timeZone }: { slug: string; timeZone: string }) {
  const announcements = await (await pageCaller()).announcements.list({ slug });
  if (announcements.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("Announcements"), getLocale()]);
  return (
    <section aria-labelledby="announcements-heading" className="space-y-3">
      <h2 id="announcements-heading" className={sectionTitleClass}>
        {t("title")}
      </h2>
      <ul className="space-y-3">
        {announcements.map((a) => (
          <li key={a.id} className="rounded-lg border border-amber-200 bg-amber-50 p-4">
            <h3 className="font-semibold">{a.title}</h3>
            <p className="text-sm text-slate-700">
              <time dateTime={a.createdAt.toISOString()}>
                {formatInZone(a.createdAt, timeZone, { locale })}
              </time>
              {a.editedAt ? ` · ${t("edited")}` : ""}
            </p>
            <Markdown source={a.body} className="mt-2" />
          </li>
        ))}
      </ul>
    </section>
  );
}
