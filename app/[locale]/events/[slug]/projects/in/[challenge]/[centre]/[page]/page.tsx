import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { optionalId, parseSearchParams } from "~/app/_components/search-params";
import { GALLERY_ALL, galleryPageOf } from "~/app/_components/gallery-filter";
import { GalleryView } from "../../../../gallery-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Gallery"))("title") };
}

// One page of the gallery, filtered by challenge and centre: where proxy.ts sends /events/[slug]/projects
// ?challenge=…&centre=…&page=… (the address people see keeps its query). Each filter segment is an id, or
// GALLERY_ALL for no filter; anything that is not an id counts as no filter, as it did in the query; a page
// that is not a number from 1 to 999 is page 1. Cached like the gallery, one entry per page.
export const revalidate = 30;
export function generateStaticParams(): { slug: string; challenge: string; centre: string; page: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; challenge: string; centre: string; page: string }> };

export default async function FilteredGalleryPage({ params }: Props) {
  const { slug, challenge, centre, page } = await params;
  const filters = parseSearchParams(
    { challenge: optionalId(), centre: optionalId() },
    {
      challenge: challenge === GALLERY_ALL ? undefined : challenge,
      centre: centre === GALLERY_ALL ? undefined : centre,
    },
  );
  return (
    <GalleryView
      slug={slug}
      challenge={filters.challenge}
      centre={filters.centre}
      page={galleryPageOf(page)}
    />
  );
}
