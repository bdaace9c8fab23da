import { getLocale, getTranslations } from "next-intl/server";
import type { LOCALES } from "~/server/http/locales.mjs";
import type { ProjectUpdateKind } from "~/server/next/rules";
import { Badge } from "./badge";
import { linkClass, mutedClass } from "./text-styles";

/** "14 January 2027" ("14 Ionawr 2027" in Welsh), in the event's zone. */
export function newsDay(date: Date, timeZone: string, locale: (typeof LOCALES)[number] = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

/**
 * The "What happened next" pages' line of counts: projects by their latest news (kinds with none left
 * out), in the page's language (the "WhatNext" and "ProjectUpdateKind" messages).
 */
export async function NewsCounts({
  counts,
}: {
  counts: readonly { kind: ProjectUpdateKind; count: number }[];
}) {
  const counted = counts.filter((c) => c.count > 0);
  if (counted.length === 0) return null;
  const [t, kinds] = await Promise.all([getTranslations("WhatNext"), getTranslations("ProjectUpdateKind")]);
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("countsLabel")}>
      {counted.map((c) => (
        <li key={c.kind} className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800">
          {t("count", { label: kinds(c.kind), count: c.count })}
        </li>
      ))}
    </ul>
  );
}

/**
 * One update on a project (a team's words and link: user content, so the link is nofollow and ugc), as
 * the "What happened next" pages show it, its kind and date in the page's language. `as` is the element
 * (an item of a list of updates, or alone).
 */
export async function ProjectNews({
  update,
  timeZone,
  as: Element = "div",
}: {
  update: { kind: ProjectUpdateKind; text: string; url: string | null; createdAt: Date };
  timeZone: string;
  as?: "li" | "div";
}) {
  const [t, kinds, locale] = await Promise.all([
    getTranslations("WhatNext"),
    getTranslations("ProjectUpdateKind"),
    getLocale(),
  ]);
  return (
    <Element className="space-y-1 border-l-4 border-brand-200 pl-3">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone="info">{kinds(update.kind)}</Badge>
        <span className={mutedClass}>{newsDay(update.createdAt, timeZone, locale)}</span>
      </p>
      <p className="break-words">{update.text}</p>
      {update.url ? (
        <p>
          <a
            href={update.url}
            className={`${linkClass} break-all`}
            rel="nofollow noopener ugc"
            target="_blank"
          >
            {update.url}
            <span className="sr-only"> {t("newTab")}</span>
          </a>
        </p>
      ) : null}
    </Element>
  );
}
