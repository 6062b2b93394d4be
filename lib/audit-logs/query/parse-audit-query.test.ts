import { describe, expect, it } from "vitest";
import { parseAuditQuery } from "./parse-audit-query";
import type { QuerySyntaxError, Term } from "./query-types";

function terms(input: string): Term[] {
  const result = parseAuditQuery(input);
  if (!result.ok) throw new Error(`expected "${input}" to parse, got: ${result.error.message}`);
  return result.query.terms;
}

function error(input: string): QuerySyntaxError {
  const result = parseAuditQuery(input);
  if (result.ok) throw new Error(`expected "${input}" to fail`);
  return result.error;
}

describe("parseAuditQuery: free text", () => {
  it("reads words, quoted phrases and exclusions", () => {
    expect(terms(`  key "key revoked"  -rotated -"by staff" `)).toEqual([
      { field: "text", negated: false, value: "key" },
      { field: "text", negated: false, value: "key revoked" },
      { field: "text", negated: true, value: "rotated" },
      { field: "text", negated: true, value: "by staff" },
    ]);
  });

  it("gives an empty query no terms, and ignores empty quotes", () => {
    expect(terms("")).toEqual([]);
    expect(terms(" \t\n ")).toEqual([]);
    expect(terms(`"" key`)).toEqual([{ field: "text", negated: false, value: "key" }]);
  });

  it("unescapes \\\" and \\\\ inside quotes and keeps other backslashes", () => {
    expect(terms(String.raw`"say \"hi\"" "C:\temp\\"`)).toEqual([
      { field: "text", negated: false, value: 'say "hi"' },
      { field: "text", negated: false, value: "C:\\temp\\" },
    ]);
  });

  it("treats a quote inside a bare word, a double dash and a colon after a non-name as text", () => {
    expect(terms(`it"s --verbose 10:30 :x`).map((t) => t.field === "text" && [t.negated, t.value])).toEqual([
      [false, 'it"s'], [true, "-verbose"], [false, "10:30"], [false, ":x"],
    ]);
  });

  it("ends a quoted token at its closing quote", () => {
    expect(terms(`"a"b`)).toEqual([
      { field: "text", negated: false, value: "a" },
      { field: "text", negated: false, value: "b" },
    ]);
  });

  it("reads a quoted phrase with a colon as text, not as a field", () => {
    expect(terms(`"https://example.com"`)).toEqual([{ field: "text", negated: false, value: "https://example.com" }]);
  });
});

describe("parseAuditQuery: fields", () => {
  it("tenant: by slug or by id, with ids lower-cased", () => {
    expect(terms("tenant:acme -tenant:0E0C6A52-4A57-4D4B-9D7A-0D6F4B0C1A11")).toEqual([
      { field: "tenant", negated: false, value: "acme", by: "slug" },
      { field: "tenant", negated: true, value: "0e0c6a52-4a57-4d4b-9d7a-0d6f4b0c1a11", by: "id" },
    ]);
  });

  it("user: by email or by id", () => {
    expect(terms("user:Ada@Example.com user:5f0c6a52-4a57-4d4b-9d7a-0d6f4b0c1a11 user:svc_42")).toEqual([
      { field: "user", negated: false, value: "Ada@Example.com", by: "email" },
      { field: "user", negated: false, value: "5f0c6a52-4a57-4d4b-9d7a-0d6f4b0c1a11", by: "id" },
      { field: "user", negated: false, value: "svc_42", by: "id" },
    ]);
  });

  it("action: exact or with a trailing * as a prefix", () => {
    expect(terms(`action:api_key.created action:api_key.* -action:"user.*"`)).toEqual([
      { field: "action", negated: false, name: "api_key.created", prefix: false },
      { field: "action", negated: false, name: "api_key.", prefix: true },
      { field: "action", negated: true, name: "user.", prefix: true },
    ]);
  });

  it("resource: type, or type/id where the id may hold slashes", () => {
    expect(terms("resource:api_key resource:api_key/42 resource:file/a/b")).toEqual([
      { field: "resource", negated: false, type: "api_key", id: null },
      { field: "resource", negated: false, type: "api_key", id: "42" },
      { field: "resource", negated: false, type: "file", id: "a/b" },
    ]);
  });

  it("ip: IPv4 and IPv6 addresses and CIDRs", () => {
    expect(terms("ip:203.0.113.9 ip:10.0.0.0/8 ip:2001:db8::1 -ip:2001:db8::/32 ip:::ffff:10.0.0.1 ip:10.1.2.3/8")).toEqual([
      { field: "ip", negated: false, value: "203.0.113.9", cidr: false },
      { field: "ip", negated: false, value: "10.0.0.0/8", cidr: true },
      { field: "ip", negated: false, value: "2001:db8::1", cidr: false },
      { field: "ip", negated: true, value: "2001:db8::/32", cidr: true },
      { field: "ip", negated: false, value: "::ffff:10.0.0.1", cidr: false },
      { field: "ip", negated: false, value: "10.1.2.3/8", cidr: true },
    ]);
  });

  it.each(["10.0.0", "10.0.0.256", "010.0.0.1", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/", "10.0.0.0/x", "fe80::1%eth0", "host.example"])(
    "ip: refuses %s",
    (value) => {
      expect(error(`ip:${value}`)).toEqual({ message: "ip: needs an address or a CIDR such as 10.0.0.0/8", position: 3, length: value.length });
    },
  );

  it("details.<path>: splits the path and keeps the value as text, quoted or not", () => {
    expect(terms(`details.request_id:req_1 details.before.status:active -details.items.0:"two words" details.note:""`)).toEqual([
      { field: "details", negated: false, path: ["request_id"], value: "req_1" },
      { field: "details", negated: false, path: ["before", "status"], value: "active" },
      { field: "details", negated: true, path: ["items", "0"], value: "two words" },
      { field: "details", negated: false, path: ["note"], value: "" },
    ]);
  });

  it("reads field names in any case, and quoted values", () => {
    expect(terms(`TENANT:acme Action:"api_key.created" DETAILS.Reason:x`)).toEqual([
      { field: "tenant", negated: false, value: "acme", by: "slug" },
      { field: "action", negated: false, name: "api_key.created", prefix: false },
      { field: "details", negated: false, path: ["Reason"], value: "x" },
    ]);
  });
});

describe("parseAuditQuery: times", () => {
  it("reads now and relative times in minutes, hours, days and weeks", () => {
    expect(terms("after:-15m after:-24h after:-7d after:-2W before:now before:NOW after:-0h").map((t) => "time" in t && t.time)).toEqual([
      { kind: "relative", amount: 15, unit: "m" },
      { kind: "relative", amount: 24, unit: "h" },
      { kind: "relative", amount: 7, unit: "d" },
      { kind: "relative", amount: 2, unit: "w" },
      { kind: "now" },
      { kind: "now" },
      { kind: "relative", amount: 0, unit: "h" },
    ]);
  });

  it.each([
    ["2026-11-28", "2026-11-28T00:00:00.000000Z"],
    ["2026-11-28T14:00", "2026-11-28T14:00:00.000000Z"],
    ["2026-11-28T14:05:09", "2026-11-28T14:05:09.000000Z"],
    ["2026-11-28T14:05:09.5Z", "2026-11-28T14:05:09.500000Z"],
    ["2026-11-28T14:05:09.123456Z", "2026-11-28T14:05:09.123456Z"],
    ["2026-11-28T14:00+02:00", "2026-11-28T12:00:00.000000Z"],
    ["2026-11-28T01:00-0530", "2026-11-28T06:30:00.000000Z"],
    ["2024-02-29t23:59:59z", "2024-02-29T23:59:59.000000Z"],
  ])("reads the absolute time %s as UTC %s", (text, iso) => {
    expect(terms(`after:${text}`)).toEqual([{ field: "after", negated: false, time: { kind: "absolute", text, iso } }]);
  });

  it("reads a quoted date-time with a space", () => {
    expect(terms(`before:"2026-11-28 14:00"`)[0]).toMatchObject({ time: { kind: "absolute", iso: "2026-11-28T14:00:00.000000Z" } });
  });

  it.each(["yesterday", "-24", "24h", "-1y", "-1234567h", "2026-02-29", "2026-13-01", "2026-11-28T24:00", "2026-11-28T10:60", "0000-01-01", "2026-11-28Z", "2026-11-28T10:00+25:00", "26-11-28"])(
    "refuses the time %s with a sentence that shows the forms",
    (value) => {
      expect(error(`tenant:acme before:${value}`)).toEqual({
        message: "before: needs a date such as 2026-11-28 or a relative time such as -24h",
        position: 19,
        length: value.length,
      });
    },
  );
});

describe("parseAuditQuery: errors and their positions", () => {
  it("suggests the field a typo meant; the message counts from 1, position from 0", () => {
    expect(error("tenat:acme")).toEqual({ message: 'Unknown field "tenat" at position 1: did you mean tenant?', position: 0, length: 5 });
    expect(error("key -acton:login")).toEqual({ message: 'Unknown field "acton" at position 6: did you mean action?', position: 5, length: 5 });
    expect(error("detail.x:1").message).toContain("did you mean details?");
  });

  it("lists the fields when no known field is close, and says how to search for the text", () => {
    const e = error("see https://example.com");
    expect(e).toMatchObject({ position: 4, length: 5 });
    expect(e.message).toMatch(/^Unknown field "https" at position 5\. The fields are tenant, user, action, resource, ip, details\.<path>, after and before; to search for the text itself, put it in quotes\.$/);
  });

  it("points at an unclosed quote and underlines to the end", () => {
    expect(error(`tenant:acme "key revoked`)).toEqual({ message: 'Unclosed quote starting at position 13: add a closing ".', position: 12, length: 12 });
    expect(error(`action:"api_key`)).toEqual({ message: 'Unclosed quote starting at position 8: add a closing ".', position: 7, length: 8 });
    expect(error(`"ends with escape\\"`)).toMatchObject({ position: 0, length: 19 });
  });

  it("refuses a lone - with nothing to exclude", () => {
    expect(error("key - login")).toEqual({
      message: "Nothing to exclude after the - at position 5: write the term right after it, such as -action:user.login.",
      position: 4,
      length: 1,
    });
    expect(error("key -")).toMatchObject({ position: 4, length: 1 });
  });

  it.each([
    ["tenant:", "tenant: needs a tenant slug or id, such as tenant:acme", 7, 0],
    [`tenant:""`, "tenant: needs a tenant slug or id, such as tenant:acme", 7, 2],
    ["user:", "user: needs an email address or a user id, such as user:ada@example.com", 5, 0],
    ["action:*", "action: needs an action such as api_key.created, or a prefix such as api_key.*", 7, 1],
    ["action:api_*.created", "action: a * may only end the value, as in action:api_key.*", 7, 13],
    ["resource:/42", "resource: needs a type or a type/id, such as resource:api_key or resource:api_key/42", 9, 3],
    ["resource:api_key/", "resource: needs a type or a type/id, such as resource:api_key or resource:api_key/42", 9, 8],
    ["ip:", "ip: needs an address or a CIDR such as 10.0.0.0/8", 3, 0],
    ["after:", "after: needs a date such as 2026-11-28 or a relative time such as -24h", 6, 0],
    ["details.request_id:", 'details.request_id: needs a value, such as details.request_id:abc (use "" for an empty string)', 19, 0],
  ])("%s → %s", (input, message, position, length) => {
    expect(error(input)).toEqual({ message, position, length });
  });

  it.each(["details:x", "details.:x", "details.a..b:x", "details.a-b:x"])("refuses the details path in %s", (input) => {
    const e = error(`key ${input}`);
    expect(e.message).toMatch(/^details needs a path of letters, digits and _ separated by dots, such as details\.request_id:abc \(at position 5\)$/);
    expect(e).toMatchObject({ position: 4, length: input.indexOf(":") });
  });

  it("reports the first error in the text", () => {
    expect(error(`tenat:x ip:nope "open`).position).toBe(0);
    expect(error(`ok ip:nope "open`).position).toBe(6);
  });

  it("refuses NUL, which PostgreSQL text cannot hold", () => {
    expect(error("key\u0000x")).toEqual({ message: "The search contains an invisible NUL character at position 4: remove it.", position: 3, length: 1 });
  });

  it("refuses a query over 2,000 characters and underlines the excess", () => {
    expect(error("a".repeat(2005))).toEqual({ message: "The search is too long: keep it under 2,000 characters.", position: 2000, length: 5 });
    expect(parseAuditQuery("a".repeat(2000)).ok).toBe(true);
  });
});
