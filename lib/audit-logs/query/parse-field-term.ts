import { parseIp } from "./parse-ip";
import { parseTimeValue } from "./parse-time";
import type { QuerySyntaxError, SimpleField, Term } from "./query-types";
import { SIMPLE_FIELDS } from "./query-types";
import { suggestField } from "./suggest-field";
import type { RawToken } from "./tokenize-query";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PATH_SEGMENT = /^[A-Za-z0-9_]+$/;

const NEEDS: Record<SimpleField, string> = {
  tenant: "tenant: needs a tenant slug or id, such as tenant:acme",
  user: "user: needs an email address or a user id, such as user:ada@example.com",
  action: "action: needs an action such as api_key.created, or a prefix such as api_key.*",
  resource: "resource: needs a type or a type/id, such as resource:api_key or resource:api_key/42",
  ip: "ip: needs an address or a CIDR such as 10.0.0.0/8",
  after: "after: needs a date such as 2026-11-28 or a relative time such as -24h",
  before: "before: needs a date such as 2026-11-28 or a relative time such as -24h",
};

type FieldResult = Term | QuerySyntaxError;

function valueError(token: RawToken, message: string): QuerySyntaxError {
  return { message, position: token.valueStart, length: token.valueEnd - token.valueStart };
}

function unknownField(token: RawToken, field: string): QuerySyntaxError {
  const at = `at position ${token.fieldStart + 1}`;
  const guess = suggestField(field);
  const message = guess
    ? `Unknown field "${field}" ${at}: did you mean ${guess}?`
    : `Unknown field "${field}" ${at}. The fields are tenant, user, action, resource, ip, details.<path>, after and before; to search for the text itself, put it in quotes.`;
  return { message, position: token.fieldStart, length: field.length };
}

function parseDetails(token: RawToken, field: string): FieldResult {
  const path = field.slice("details.".length).split(".");
  if (field.length <= "details.".length || !path.every((segment) => PATH_SEGMENT.test(segment))) {
    return {
      message: `details needs a path of letters, digits and _ separated by dots, such as details.request_id:abc (at position ${token.fieldStart + 1})`,
      position: token.fieldStart,
      length: field.length,
    };
  }
  if (token.value === "" && !token.quoted) {
    return valueError(token, `${field}: needs a value, such as ${field}:abc (use "" for an empty string)`);
  }
  return { field: "details", negated: token.negated, path, value: token.value };
}

function parseSimple(token: RawToken, field: SimpleField): FieldResult {
  const { value, negated } = token;
  if (value === "") return valueError(token, NEEDS[field]);
  switch (field) {
    case "tenant":
      return UUID.test(value)
        ? { field, negated, value: value.toLowerCase(), by: "id" }
        : { field, negated, value, by: "slug" };
    case "user":
      if (value.includes("@")) return { field, negated, value, by: "email" };
      return { field, negated, value: UUID.test(value) ? value.toLowerCase() : value, by: "id" };
    case "action": {
      const star = value.indexOf("*");
      if (star !== -1 && star !== value.length - 1) {
        return valueError(token, "action: a * may only end the value, as in action:api_key.*");
      }
      const name = star === -1 ? value : value.slice(0, -1);
      return name === "" ? valueError(token, NEEDS.action) : { field, negated, name, prefix: star !== -1 };
    }
    case "resource": {
      const slash = value.indexOf("/");
      const type = slash === -1 ? value : value.slice(0, slash);
      const id = slash === -1 ? null : value.slice(slash + 1);
      return type === "" || id === "" ? valueError(token, NEEDS.resource) : { field, negated, type, id };
    }
    case "ip": {
      const ip = parseIp(value);
      return ip ? { field, negated, value: ip.value, cidr: ip.cidr } : valueError(token, NEEDS.ip);
    }
    case "after":
    case "before": {
      const time = parseTimeValue(value);
      return time ? { field, negated, time } : valueError(token, NEEDS[field]);
    }
  }
}

/** Turns one `field:value` token into a term, or says what is wrong with it and where. */
export function parseFieldTerm(token: RawToken): FieldResult {
  const field = token.field!;
  const lower = field.toLowerCase();
  if (lower.startsWith("details.") || lower === "details") return parseDetails(token, `details${field.slice(7)}`);
  const simple = SIMPLE_FIELDS.find((known) => known === lower);
  return simple ? parseSimple(token, simple) : unknownField(token, field);
}

export function isSyntaxError(result: FieldResult): result is QuerySyntaxError {
  return "message" in result;
}
