import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { languageAlternates } from "~/server/http/locales.mjs";
import { GalleryView } from "./gallery-view";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return {
    title: (await getTranslations("Gallery"))("title"),
    alternates: { languages: languageAlternates(`/events/${slug}/projects`) },
  };
}

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache"). A filtered
// address or a later page (?challenge=…&centre=…&page=…) is rewritten by proxy.ts to
// projects/in/[challenge]/[centre]/[page], so that every filter and page is a cached page too.
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export default async function GalleryPage({ params }: Props) {
  const { slug } = await params;
  return <GalleryView slug={slug} challenge={undefined} centre={undefined} page={1} />;
}
