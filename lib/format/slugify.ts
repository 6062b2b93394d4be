// Slugs for tenants and plans: the forms suggest one as the name is typed, the server checks it.
// Browser-safe.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 100;

/** "Acme Labs, Inc." → "acme-labs-inc"; accents are dropped, anything else becomes one hyphen. */
export function slugify(name: string, maxLength = SLUG_MAX_LENGTH): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, "");
}
