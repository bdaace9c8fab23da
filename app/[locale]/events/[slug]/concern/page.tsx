import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { DEFAULT_LOCALE, addressIn, languageAlternates } from "~/server/http/locales.mjs";
import { labelsOf } from "~/server/i18n/labels";
import { CONCERN_FORM_MESSAGES } from "~/server/concerns/form-messages";
import { messageTable } from "~/server/i18n/messages";
import { loadEvent } from "../load-event";
import { ConcernForm, type ConcernFormWords } from "./concern-form";

const WORDS = [
  "description",
  "descriptionHint",
  "about",
  "aboutHint",
  "aboutLead",
  "aboutLeadHint",
  "reporterName",
  "reporterContact",
  "reporterContactHint",
  "send",
  "sending",
  "thanks",
  "sentToLead",
  "sentToOrganisers",
  "another",
] as const;

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache"): the form is
// the same for every visitor, and what it sends goes through concerns.report.
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [event, t] = await Promise.all([loadEvent(slug), getTranslations("Concern")]);
  return {
    title: t("metaTitle", { event: event.name }),
    alternates: { languages: languageAlternates(`/events/${event.slug}/concern`) },
  };
}

/**
 * Anyone — a young person included, signed in or not — tells the people who handle safeguarding at the
 * event about something that worries them. Written for a 12-year-old first, in the route's language (the
 * "Concern" messages; the form's problems too, through messageTable).
 */
export default async function ReportConcernPage({ params }: Props) {
  const { slug } = await params;
  const [event, t, forms, locale] = await Promise.all([
    loadEvent(slug),
    getTranslations("Concern"),
    getTranslations("Forms"),
    getLocale(),
  ]);
  const words: ConcernFormWords = labelsOf((key) => t(key), WORDS);
  return (
    <article className="max-w-2xl space-y-6">
      <header className="space-y-3">
        <p>
          <Link href={addressIn(locale, `/events/${event.slug}`)} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p>{t("intro", { event: event.name })}</p>
        <p>{t.rich("private", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t("danger")}
        </p>
      </header>
      <ConcernForm
        slug={event.slug}
        words={words}
        messages={messageTable(locale, CONCERN_FORM_MESSAGES)}
        // Too many reports from one place: in English the server's own words say how long to wait.
        refusals={locale === DEFAULT_LOCALE ? {} : { RATE_LIMITED: forms("tooMany") }}
      />
    </article>
  );
}
