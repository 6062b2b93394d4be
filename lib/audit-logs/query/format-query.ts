import { formatTimeValue } from "./parse-time";
import type { AuditQuery, Term } from "./query-types";
import { FIELD_PREFIX } from "./tokenize-query";

function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}

/** A field's value, quoted only when the tokenizer would otherwise read it differently. */
export function formatFieldValue(value: string): string {
  return value === "" || /\s/.test(value) || value.startsWith('"') ? quote(value) : value;
}

function formatText(value: string): string {
  const plain = !/[\s"]/.test(value) && !value.startsWith("-") && !FIELD_PREFIX.test(value);
  return plain ? value : quote(value);
}

function formatBody(term: Term): string {
  switch (term.field) {
    case "text":
      return formatText(term.value);
    case "tenant":
    case "user":
    case "ip":
      return `${term.field}:${formatFieldValue(term.value)}`;
    case "action":
      return `action:${formatFieldValue(term.prefix ? `${term.name}*` : term.name)}`;
    case "resource":
      return `resource:${formatFieldValue(term.id === null ? term.type : `${term.type}/${term.id}`)}`;
    case "details":
      return `details.${term.path.join(".")}:${formatFieldValue(term.value)}`;
    case "after":
    case "before":
      return `${term.field}:${formatFieldValue(formatTimeValue(term.time))}`;
  }
}

export function formatTerm(term: Term): string {
  return `${term.negated ? "-" : ""}${formatBody(term)}`;
}

/** The canonical text of a parsed query: parsing it again gives the same terms. */
export function formatQuery(query: AuditQuery): string {
  return query.terms.map(formatTerm).join(" ");
}
