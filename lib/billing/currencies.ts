// The currencies plans and blueprints may be priced in. Plain data, so forms in the browser offer
// the same list the server checks.

export const CURRENCIES = ["USD", "EUR", "GBP"] as const;
export type Currency = (typeof CURRENCIES)[number];
