import { formatFieldValue } from "./format-query";
import type { EditableField } from "./query-types";
import { tokenizeQuery, type RawToken } from "./tokenize-query";

// The controls beside the search box (time range, tenant picker, facets, actor) edit the query
// text through these helpers, so the text stays the one source of truth. They work on raw
// tokens, so they also work while the text does not parse, and they keep every other term as
// the user typed it.

function sameField(token: RawToken, field: EditableField): boolean {
  if (token.negated || token.field === null) return false;
  const typed = token.field;
  if (field.startsWith("details.")) {
    return typed.slice(0, 8).toLowerCase() === "details." && typed.slice(8) === field.slice(8);
  }
  return typed.toLowerCase() === field;
}

function rebuild(query: string, field: EditableField, replacement: string | null): string {
  const tokens = tokenizeQuery(query);
  const parts: string[] = [];
  let placed = replacement === null;
  for (const token of tokens) {
    if (sameField(token, field)) {
      if (!placed) parts.push(replacement!);
      placed = true;
      continue;
    }
    parts.push(query.slice(token.start, token.end));
  }
  if (!placed) {
    // After an unclosed quote the new term would end up inside it, so it goes just before.
    const last = tokens.at(-1);
    if (last?.unclosed) parts.splice(parts.length - 1, 0, replacement!);
    else parts.push(replacement!);
  }
  return parts.join(" ");
}

/** Sets `field:value`, replacing the field's existing (not excluded) terms or adding one. */
export function setTerm(query: string, field: EditableField, value: string): string {
  return rebuild(query, field, `${field}:${formatFieldValue(value)}`);
}

/** Removes the field's terms; exclusions such as -tenant:acme stay, as the user wrote them. */
export function removeTerm(query: string, field: EditableField): string {
  return rebuild(query, field, null);
}
