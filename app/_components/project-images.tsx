/**
 * A project's images in a grid, each served by the image route (which checks who may see it). An image
 * without a description is described by `noDescription` (the page's words; English unless the page says).
 */
export function ProjectImages({
  images,
  noDescription = "An image of the project (no description given)",
}: {
  images: readonly { id: string; alt: string }[];
  noDescription?: string;
}) {
  if (images.length === 0) return null;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {images.map((image) => (
        <li key={image.id}>
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authorised route */}
          <img
            src={`/api/images/${image.id}`}
            alt={image.alt || noDescription}
            className="w-full rounded border border-slate-200"
          />
        </li>
      ))}
    </ul>
  );
}
