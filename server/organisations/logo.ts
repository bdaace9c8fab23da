// Where an organisation's logo is served from. Pure: safe to import in client components.

/**
 * The logo's public address, or null without a logo. The key's random tail is in the address, so a new
 * upload is a new address and the old one can be cached for ever.
 */
export function logoSrc(organisation: { id: string; logoKey: string | null }): string | null {
  if (!organisation.logoKey) return null;
  const version = organisation.logoKey.slice(organisation.logoKey.lastIndexOf("/") + 1);
  return `/api/organisations/${organisation.id}/logo?v=${version}`;
}
