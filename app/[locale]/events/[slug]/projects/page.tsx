import type { Metadata } from "next";
import { GalleryView } from "./gallery-view";

export const metadata: Metadata = { title: "Projects" };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache"). A filtered
// address or a later page (?challenge=…&centre=…&page=…) is rewritten by proxy.ts to
// projects/in/[challenge]/[centre]/[page], so that every filter and page is a cached page too.
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default async function GalleryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <GalleryView slug={slug} challenge={undefined} centre={undefined} page={1} />;
}
