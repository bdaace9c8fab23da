import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeView } from "~/app/_components/home-view";
import { publicCaller } from "~/app/trpc/server";
import { DEFAULT_LOCALE, languageAlternates, localeOr } from "~/server/http/locales.mjs";

// The home page, served from the page cache to everyone (see docs/architecture.md "Page cache"); a
// signed-in visitor's own part is filled in by their browser (PersonalHome). next.config.mjs rewrites "/"
// here; it is a dynamic segment only so that nothing is rendered at build time, when there may be no
// database to read.
export const revalidate = 30;
export function generateStaticParams(): { audience: string }[] {
  return [];
}

/** The home page's addresses in each language, for search engines (there is no Link header to say so). */
export function generateMetadata(): Metadata {
  return { alternates: { languages: languageAlternates("/") } };
}

export default async function EveryonesHomePage({
  params,
}: {
  params: Promise<{ audience: string; locale: string }>;
}) {
  const { audience, locale } = await params;
  if (audience !== "everyone") notFound();
  const events = await publicCaller().events.list();
  return <HomeView events={events} locale={localeOr(locale, DEFAULT_LOCALE)} />;
}
