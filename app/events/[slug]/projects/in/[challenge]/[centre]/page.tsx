import type { Metadata } from "next";
import { optionalId, parseSearchParams } from "~/app/_components/search-params";
import { GALLERY_ALL } from "~/app/_components/gallery-filter";
import { GalleryView } from "../../../gallery-view";

export const metadata: Metadata = { title: "Projects" };

// The gallery filtered by challenge and centre: where proxy.ts sends /events/[slug]/projects?challenge=…
// &centre=… (the address people see keeps its query). Each segment is an id, or GALLERY_ALL for no
// filter; anything that is not an id counts as no filter, as it did in the query. Cached like the gallery.
export const revalidate = 30;
export function generateStaticParams(): { slug: string; challenge: string; centre: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; challenge: string; centre: string }> };

export default async function FilteredGalleryPage({ params }: Props) {
  const { slug, challenge, centre } = await params;
  const filters = parseSearchParams(
    { challenge: optionalId(), centre: optionalId() },
    {
      challenge: challenge === GALLERY_ALL ? undefined : challenge,
      centre: centre === GALLERY_ALL ? undefined : centre,
    },
  );
  return <GalleryView slug={slug} challenge={filters.challenge} centre={filters.centre} />;
}
