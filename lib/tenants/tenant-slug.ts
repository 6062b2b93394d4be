// Shared by the create form (to suggest a slug as the name is typed) and lib/tenants (to check it).

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
