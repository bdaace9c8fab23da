import { logoSrc } from "~/server/organisations/logo";

const sizes = { sm: "h-6 w-6 text-[0.6rem]", md: "h-10 w-10 text-xs", lg: "h-16 w-16 text-lg" } as const;

/** Up to two initials of a name, for the tile shown when there is no logo. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => [...w][0] ?? "")
    .join("")
    .toUpperCase();
}

/**
 * An organisation's uploaded logo beside its name (decorative: the name is always written out). With
 * `fallback`, an organisation without a logo gets a tile with its initials instead of nothing.
 */
export function OrganisationLogo({
  organisation,
  size,
  fallback = false,
}: {
  organisation: { id: string; logoKey: string | null; name?: string };
  size: keyof typeof sizes;
  fallback?: boolean;
}) {
  const src = logoSrc(organisation);
  if (!src) {
    if (!fallback || !organisation.name) return null;
    return (
      <span
        aria-hidden="true"
        className={`${sizes[size]} inline-flex shrink-0 items-center justify-center rounded-lg bg-brand-100 font-bold text-brand-800`}
      >
        {initials(organisation.name)}
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- served by our own route with its own caching
    <img
      src={src}
      alt=""
      className={`${sizes[size]} shrink-0 rounded-lg border border-slate-200 bg-white object-contain p-0.5`}
    />
  );
}
