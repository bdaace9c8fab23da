import { coverSrc, generatedCover } from "~/server/events/cover";

/**
 * A picture for an event or a project: the uploaded image (with its description), or a generated
 * gradient-and-circles picture made from the name, always the same for the same name. The generated
 * one is decorative: the name is written beside it.
 */
export function CoverArt({
  name,
  image,
  className = "",
}: {
  name: string;
  image: { src: string; alt: string } | null;
  className?: string;
}) {
  if (image) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- served by our own route with its own caching
      <img src={image.src} alt={image.alt} className={`object-cover ${className}`} />
    );
  }
  const cover = generatedCover(name);
  const id = `cover-${cover.from.slice(1)}-${cover.to.slice(1)}-${cover.angle}`;
  const radians = (cover.angle * Math.PI) / 180;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 400 200"
      preserveAspectRatio="xMidYMid slice"
      className={className}
    >
      <defs>
        <linearGradient
          id={id}
          x1={0.5 - Math.cos(radians) / 2}
          y1={0.5 - Math.sin(radians) / 2}
          x2={0.5 + Math.cos(radians) / 2}
          y2={0.5 + Math.sin(radians) / 2}
        >
          <stop offset="0" stopColor={cover.from} />
          <stop offset="1" stopColor={cover.to} />
        </linearGradient>
      </defs>
      <rect width="400" height="200" fill={`url(#${id})`} />
      {cover.circles.map((c, i) => (
        <circle
          key={i}
          cx={c.x * 4}
          cy={c.y * 2}
          r={c.r * 2}
          fill="none"
          stroke="white"
          strokeOpacity={0.18 + i * 0.06}
          strokeWidth={10 + i * 6}
        />
      ))}
      <path
        d="M0 170 L40 150 L80 165 L120 140 L160 160 L200 135 L240 155 L280 130 L320 150 L360 128 L400 145 L400 200 L0 200 Z"
        fill="white"
        fillOpacity="0.08"
      />
    </svg>
  );
}

/** An event's uploaded cover as CoverArt's image, or null for the generated one. */
export function eventCoverImage(event: {
  slug: string;
  coverImageKey: string | null;
  coverImageAlt: string | null;
}): { src: string; alt: string } | null {
  const src = coverSrc(event);
  return src ? { src, alt: event.coverImageAlt ?? "" } : null;
}

/** A project's first image as CoverArt's image (its description as the alt text), or null. */
export function projectThumbnail(
  images: readonly { id: string; alt: string }[],
): { src: string; alt: string } | null {
  const first = images[0];
  return first ? { src: `/api/images/${first.id}`, alt: first.alt } : null;
}

/** An event's cover, uploaded or generated, as a full-width block of the given aspect ratio. */
export function EventCover({
  event,
  className,
}: {
  event: { name: string; slug: string; coverImageKey: string | null; coverImageAlt: string | null };
  className: string;
}) {
  return (
    <CoverArt name={event.name} image={eventCoverImage(event)} className={`block w-full ${className}`} />
  );
}
