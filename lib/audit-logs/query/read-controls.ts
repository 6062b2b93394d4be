import { formatFieldValue } from "./format-query";
import type { SimpleField } from "./query-types";
import { tokenizeQuery, type RawToken } from "./tokenize-query";

// What the controls beside the search box show, read from the query text, and the edits they
// make to it. Like edit-query, this works on raw tokens, so it also works while the text does not
// parse, and runs in the browser.

export const TIME_PRESETS = [
  { value: "-15m", label: "15 min" },
  { value: "-1h", label: "1 h" },
  { value: "-24h", label: "24 h" },
  { value: "-7d", label: "7 d" },
  { value: "-30d", label: "30 d" },
] as const;

export type TimeRange =
  | { kind: "all" }
  | { kind: "preset"; after: string }
  | { kind: "custom"; after: string | null; before: string | null };

export type QueryControls = {
  time: TimeRange;
  tenant: string | null;
  user: string | null;
  actions: string[];
  resources: string[];
};

function positive(tokens: RawToken[], field: SimpleField): string[] {
  return tokens.filter((t) => !t.negated && !t.unclosed && t.field?.toLowerCase() === field).map((t) => t.value);
}

export function readControls(text: string): QueryControls {
  const tokens = tokenizeQuery(text);
  const after = positive(tokens, "after");
  const before = positive(tokens, "before");
  let time: TimeRange = { kind: "all" };
  const preset = TIME_PRESETS.find((p) => p.value === after[0]?.toLowerCase());
  if (after.length === 1 && before.length === 0 && preset) time = { kind: "preset", after: preset.value };
  else if (after.length > 0 || before.length > 0) time = { kind: "custom", after: after[0] ?? null, before: before[0] ?? null };
  return {
    time,
    tenant: positive(tokens, "tenant")[0] ?? null,
    user: positive(tokens, "user")[0] ?? null,
    actions: positive(tokens, "action"),
    resources: positive(tokens, "resource"),
  };
}

/** Adds `field:value` beside the field's other terms (the same field twice means either). */
export function addTermValue(text: string, field: SimpleField, value: string): string {
  const term = `${field}:${formatFieldValue(value)}`;
  const tokens = tokenizeQuery(text);
  const last = tokens.at(-1);
  // After an unclosed quote the new term would end up inside it, so it goes just before.
  if (last?.unclosed) return `${text.slice(0, last.start)}${term} ${text.slice(last.start)}`;
  return text.trim() === "" ? term : `${text.trimEnd()} ${term}`;
}

/** Removes the field's (not excluded) terms that have exactly this value, keeping the rest as typed. */
export function removeTermValue(text: string, field: SimpleField, value: string): string {
  const tokens = tokenizeQuery(text);
  return tokens
    .filter((t) => t.negated || t.unclosed || t.field?.toLowerCase() !== field || t.value !== value)
    .map((t) => text.slice(t.start, t.end))
    .join(" ");
}
