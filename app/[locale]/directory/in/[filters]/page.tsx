import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { filtersFromKey } from "~/server/directory/rules";
import { languageAlternates } from "~/server/http/locales.mjs";
import { DirectoryView } from "../../directory-view";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("Directory"))("title"),
    alternates: { languages: languageAlternates("/directory") },
  };
}

// The directory under one set of filters (the segment is directoryKey's): served from the page cache,
// the same for everyone (see docs/architecture.md "Page cache"). next.config.mjs rewrites /directory here
// (~all: no filter) and proxy.ts a filtered /directory?age=…&area=…&when=…&level=…&cost=…&mode=…, so
// every set of filters is a cached page of its own; a segment it cannot read means no filter. The
// sessions' next meetings move with time: at most 30 s behind.
export const revalidate = 30;
export function generateStaticParams(): { filters: string }[] {
  return [];
}

export default async function FilteredDirectoryPage({ params }: { params: Promise<{ filters: string }> }) {
  const { filters } = await params;
  return <DirectoryView filters={filtersFromKey(decodeURIComponent(filters))} />;
}
