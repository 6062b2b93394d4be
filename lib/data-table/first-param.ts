import type { SearchParamsInput } from "./list-params";

/** The first value of one URL param, from a URLSearchParams or from a page's `searchParams`. */
export function firstParam(input: SearchParamsInput, key: string): string | undefined {
  if (input instanceof URLSearchParams) return input.get(key) ?? undefined;
  const value = input[key];
  return Array.isArray(value) ? value[0] : value;
}
