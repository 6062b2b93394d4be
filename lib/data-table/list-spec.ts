// What a list page offers: which columns exist, which can be sorted, filtered by facet or range,
// and searched. Plain data, so the server page and the client table read the same spec and the
// URL means the same thing on both sides.

export type FacetOption = { value: string; label: string };

export type FacetSpec = {
  label: string;
  /** A closed set (an enum): anything else in the URL is refused with a sentence. */
  options?: readonly FacetOption[];
  /** An open set (e.g. plan slugs): values must match this pattern; options come from the data. */
  pattern?: string;
};

export type RangeSpec = { label: string; kind: "date" | "number"; unit?: string };

export type ColumnSpec = { id: string; label: string; hideable?: boolean };

export type SortState<S extends string = string> = { id: S; desc: boolean };

export type ListSpec<S extends string = string> = {
  /** Stable id: the export route, saved column preferences and the tests use it. */
  id: string;
  title: string;
  /** The noun for one and many rows, for sentences like "1,204 tenants". */
  noun: { one: string; many: string };
  columns: readonly ColumnSpec[];
  defaultHidden?: readonly string[];
  sorts: readonly S[];
  defaultSort: SortState<S>;
  facets: Readonly<Record<string, FacetSpec>>;
  ranges: Readonly<Record<string, RangeSpec>>;
  search?: { placeholder: string };
  pageSizes: readonly number[];
  defaultPageSize: number;
};

export function defineListSpec<const S extends string>(spec: ListSpec<S>): ListSpec<S> {
  if (!spec.sorts.includes(spec.defaultSort.id)) throw new Error(`${spec.id}: the default sort must be allowlisted.`);
  if (!spec.pageSizes.includes(spec.defaultPageSize)) throw new Error(`${spec.id}: the default page size must be offered.`);
  return spec;
}

/** Enum values as facet options, labelled "past_due" → "Past due". */
export function enumOptions(values: readonly string[], labels: Record<string, string> = {}): FacetOption[] {
  return values.map((value) => ({ value, label: labels[value] ?? humanize(value) }));
}

export function humanize(value: string): string {
  const spaced = value.replace(/[_-]+/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
