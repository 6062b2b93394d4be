import fc from "fast-check";

// Query text built from the grammar, for the fuzz tests: most of it parses, the rest fails in
// interesting ways (typos, unclosed quotes, bad values, odd spacing and code points).

const space = fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", "\u3000", "");
const fieldName = fc.constantFrom(
  "tenant", "user", "action", "resource", "ip", "after", "before", "TENANT", "Action",
  "details.request_id", "details.a.b", "details.items.0", "details.Reason",
  "tenat", "acton", "details", "details.", "details.a-b", "foo", "http", "user-agent",
);
const interestingValue = fc.constantFrom(
  "acme", "globex", "0E0C6A52-4A57-4D4B-9D7A-0D6F4B0C1A11", "ada@example.com", "svc_42",
  "api_key.*", "api_key.created", "*", "a*b", "api_key/42", "api_key/", "/42", "file/a/b",
  "10.0.0.0/8", "10.1.2.3", "10.0.0.0/33", "2001:db8::/32", "::1", "::ffff:10.0.0.1", "fe80::1%eth0",
  "-24h", "-7d", "-15m", "-2w", "-0h", "now", "NOW", "2026-11-28", "2026-11-28T14:00:00.123456Z",
  "2026-11-28T14:00+02:00", "2026-02-30", "-1y", "24h", "", "-", "\\", '"', 'a"b', "x:y", "key revoked",
);
const value = fc.oneof(interestingValue, fc.string({ unit: "grapheme", maxLength: 8 }), fc.string({ unit: "binary", maxLength: 4 }));

function quoted(text: string, closed: boolean): string {
  return `"${text.replace(/[\\"]/g, "\\$&")}${closed ? '"' : ""}`;
}

const maybeQuoted = fc.tuple(value, fc.constantFrom("bare", "quoted", "quoted", "unclosed")).map(([text, how]) =>
  how === "bare" ? text : quoted(text, how === "quoted"),
);
const term = fc.tuple(
  fc.constantFrom("", "", "", "-", "--"),
  fc.oneof(
    maybeQuoted,
    fc.tuple(fieldName, maybeQuoted).map(([field, v]) => `${field}:${v}`),
    fc.tuple(fieldName, interestingValue).map(([field, v]) => `${field}:${v}`),
  ),
).map(([sign, body]) => sign + body);
export const nearValidQuery = fc
  .array(fc.tuple(space, term), { maxLength: 8 })
  .chain((parts) => space.map((tail) => parts.map(([s, t]) => s + t).join(" ") + tail));

