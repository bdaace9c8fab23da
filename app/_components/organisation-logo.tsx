import { logoSrc } from "~/server/organisations/logo";

const sizes = { sm: "h-6 w-6", md: "h-8 w-8", lg: "h-16 w-16" } as const;

/** An organisation's uploaded logo beside its name (decorative: the name is always written out). */
export function OrganisationLogo({
  organisation,
  size,
}: {
  organisation: { id: string; logoKey: string | null };
  size: keyof typeof sizes;
}) {
  const src = logoSrc(organisation);
  if (!src) return null;
  // eslint-disable-next-line @next/next/no-img-element -- served by our own route with its own caching
  return <img src={src} alt="" className={`${sizes[size]} shrink-0 rounded object-contain`} />;
}
