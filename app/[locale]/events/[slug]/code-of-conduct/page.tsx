import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Markdown } from "~/app/_components/markdown";
import { pageCaller } from "~/app/trpc/server";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";
import { loadEvent } from "../load-event";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache").
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [event, t] = await Promise.all([loadEvent(slug), getTranslations("CodeOfConduct")]);
  return {
    title: t("metaTitle", { event: event.name }),
    alternates: { languages: languageAlternates(`/events/${event.slug}/code-of-conduct`) },
  };
}

/**
 * The code of conduct people accept when they register, readable before they tick the box. The page's
 * own words are in its language (the "CodeOfConduct" messages); the code itself is as its authors wrote it.
 */
export default async function CodeOfConductPage({ params }: Props) {
  const { slug } = await params;
  const event = await loadEvent(slug);
  const [code, t, locale] = await Promise.all([
    (await pageCaller()).events.codeOfConduct({ slug }),
    getTranslations("CodeOfConduct"),
    getLocale(),
  ]);
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={addressIn(locale, `/events/${event.slug}`)} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-sm text-slate-600">
          {t(code.isDefault ? "platformDefault" : "version", { version: code.version })}
        </p>
      </header>
      <Markdown source={code.text} />
      {event.contactEmail ? (
        <p>
          {t.rich("contact", {
            address: event.contactEmail,
            email: (chunks) => (
              <a href={`mailto:${event.contactEmail}`} className={linkClass}>
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : null}
    </article>
  );
}
