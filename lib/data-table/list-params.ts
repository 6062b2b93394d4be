import { firstParam } from "./first-param";
import type { ListSpec, SortState } from "./list-spec";

// The URL is the table's only state. One parser for the server page and the client table, so a
// reload or a shared link shows the same view. Bad values never throw: each becomes a sentence
// and falls back to the default, so a hand-edited URL still shows a table.

export type RangeValue = { from?: string; to?: string };

export type ListParams = {
  page: number;
  pageSize: number;
  sort: SortState;
  q: string;
  facets: Record<string, string[]>;
  ranges: Record<string, RangeValue>;
  /** Hidden column ids from the URL; null when the URL does not say (saved preferences apply). */
  hidden: string[] | null;
};

export type ParsedListParams = { params: ListParams; problems: string[] };

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const MAX_PAGE = 100_000;
/** Deeper than this, OFFSET would read and drop too many rows; filters or the other sort order reach them. */
export const MAX_OFFSET_ROWS = 10_000;
const MAX_SEARCH_LENGTH = 200;
const MAX_FACET_VALUES = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d{1,15}(\.\d{1,6})?$/;

export function defaultListParams(spec: ListSpec): ListParams {
  return { page: 1, pageSize: spec.defaultPageSize, sort: spec.defaultSort, q: "", facets: {}, ranges: {}, hidden: null };
}

export function parseListParams(spec: ListSpec, input: SearchParamsInput): ParsedListParams {
  const get = (key: string) => firstParam(input, key);
  const params = defaultListParams(spec);
  const problems: string[] = [];
  const columnLabel = (id: string) => spec.columns.find((column) => column.id === id)?.label ?? id;

  const page = get("page");
  if (page !== undefined) {
    const value = Number(page);
    if (Number.isInteger(value) && value >= 1 && value <= MAX_PAGE) params.page = value;
    else problems.push(`"${clip(page)}" is not a page number, so the first page is shown.`);
  }

  const size = get("size");
  if (size !== undefined) {
    const value = Number(size);
    if (spec.pageSizes.includes(value)) params.pageSize = value;
    else problems.push(`Pages hold ${spec.pageSizes.join(", ")} rows, so ${spec.defaultPageSize} are shown.`);
  }

  if ((params.page - 1) * params.pageSize >= MAX_OFFSET_ROWS) {
    const lastPage = Math.floor((MAX_OFFSET_ROWS - 1) / params.pageSize) + 1;
    problems.push(`Pages stop after the first ${MAX_OFFSET_ROWS.toLocaleString("en-US")} rows, so page ${lastPage.toLocaleString("en-US")} is shown. Narrow the filters or reverse the sort to see further.`);
    params.page = lastPage;
  }

  const sort = get("sort");
  if (sort) {
    const desc = sort.startsWith("-");
    const id = desc ? sort.slice(1) : sort;
    if (spec.sorts.includes(id)) params.sort = { id, desc };
    else problems.push(`The list cannot be sorted by "${clip(id)}", so it is sorted by ${columnLabel(spec.defaultSort.id)}.`);
  }

  const q = get("q");
  if (q !== undefined && spec.search) {
    params.q = q.trim().slice(0, MAX_SEARCH_LENGTH);
    if (q.trim().length > MAX_SEARCH_LENGTH) problems.push(`Search text is cut to ${MAX_SEARCH_LENGTH} characters.`);
  }

  for (const [key, facet] of Object.entries(spec.facets)) {
    const raw = get(key);
    if (!raw) continue;
    const values = [...new Set(raw.split(",").map((value) => value.trim()).filter(Boolean))].slice(0, MAX_FACET_VALUES);
    const allowed = values.filter((value) =>
      facet.options ? facet.options.some((option) => option.value === value) : new RegExp(facet.pattern ?? "^[\\w.-]{1,100}$").test(value),
    );
    const refused = values.filter((value) => !allowed.includes(value));
    if (refused.length > 0) problems.push(`${facet.label} has no value ${refused.map((value) => `"${clip(value)}"`).join(", ")}; it is ignored.`);
    if (allowed.length > 0) params.facets[key] = allowed;
  }

  for (const [key, range] of Object.entries(spec.ranges)) {
    const raw = get(key);
    if (!raw) continue;
    const [from = "", to = ""] = raw.split("..");
    const valid = range.kind === "date" ? (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) : (value: string) => NUMBER.test(value);
    const value: RangeValue = {};
    for (const [end, text] of [["from", from], ["to", to]] as const) {
      if (!text) continue;
      if (valid(text)) value[end] = text;
      else problems.push(`${range.label} ${end} "${clip(text)}" is not a ${range.kind === "date" ? "date like 2026-01-31" : "number"}; it is ignored.`);
    }
    if (value.from && value.to && compareRange(range.kind, value.from, value.to) > 0) {
      problems.push(`${range.label} starts after it ends, so the two ends were swapped.`);
      [value.from, value.to] = [value.to, value.from];
    }
    if (value.from || value.to) params.ranges[key] = value;
  }

  const hide = get("hide");
  if (hide !== undefined) {
    const ids = new Set(spec.columns.filter((column) => column.hideable !== false).map((column) => column.id));
    params.hidden = hide.split(",").filter((id) => ids.has(id));
  }

  return { params, problems };
}

function compareRange(kind: "date" | "number", a: string, b: string): number {
  return kind === "date" ? a.localeCompare(b) : Number(a) - Number(b);
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** The query string for `params`, leaving out defaults so links stay short. */
export function serializeListParams(spec: ListSpec, params: ListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  for (const key of Object.keys(spec.facets)) {
    const values = params.facets[key];
    if (values && values.length > 0) search.set(key, values.join(","));
  }
  for (const key of Object.keys(spec.ranges)) {
    const range = params.ranges[key];
    if (range && (range.from || range.to)) search.set(key, `${range.from ?? ""}..${range.to ?? ""}`);
  }
  const isDefaultSort = params.sort.id === spec.defaultSort.id && params.sort.desc === spec.defaultSort.desc;
  if (!isDefaultSort) search.set("sort", `${params.sort.desc ? "-" : ""}${params.sort.id}`);
  if (params.pageSize !== spec.defaultPageSize) search.set("size", String(params.pageSize));
  if (params.page > 1) search.set("page", String(params.page));
  if (params.hidden !== null) search.set("hide", params.hidden.join(","));
  return search;
}

/** Whether any filter or search narrows the list (for the empty state's wording). */
export function isFiltered(params: ListParams): boolean {
  return params.q !== "" || Object.keys(params.facets).length > 0 || Object.keys(params.ranges).length > 0;
}

/** The hidden columns in effect: the URL's, else the saved preference, else the spec's default. */
export function effectiveHidden(spec: ListSpec, params: ListParams, saved: string[] | null | undefined): string[] {
  return params.hidden ?? saved ?? [...(spec.defaultHidden ?? [])];
}
