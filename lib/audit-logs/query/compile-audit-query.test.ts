import { describe, expect, it } from "vitest";
import { compileAuditQuery } from "./compile-audit-query";
import { escapeLike } from "../../data-table/escape-like";
import { parseAuditQuery } from "./parse-audit-query";

const now = new Date("2026-11-28T12:00:00.000Z");

function compile(input: string) {
  const parsed = parseAuditQuery(input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return compileAuditQuery(parsed.query, { now });
}

describe("compileAuditQuery", () => {
  it("compiles an empty query to TRUE with no parameters", () => {
    expect(compile("")).toEqual({ where: "TRUE", params: [], highlights: [] });
  });

  it("matches free text case-insensitively over five columns, with LIKE wildcards escaped", () => {
    const { where, params } = compile(`"50%_off\\\\"`);
    expect(where).toBe("(action ILIKE $1 OR resource_type ILIKE $1 OR resource_id ILIKE $1 OR actor_email ILIKE $1 OR details::text ILIKE $1)");
    expect(params).toEqual(["%50\\%\\_off\\\\%"]);
    expect(escapeLike("a%b_c\\d")).toBe("a\\%b\\_c\\\\d");
  });

  it("compiles each field to its fixed SQL, with every value as a parameter", () => {
    expect(compile("tenant:acme")).toMatchObject({ where: "tenant_id = (SELECT t.id FROM tenants t WHERE t.slug = $1)", params: ["acme"] });
    expect(compile("tenant:0e0c6a52-4a57-4d4b-9d7a-0d6f4b0c1a11")).toMatchObject({ where: "tenant_id = $1::uuid" });
    expect(compile("user:svc_42")).toMatchObject({ where: "actor_id = $1", params: ["svc_42"] });
    const byEmail = compile("user:Ada@example.com");
    expect(byEmail.params).toEqual(["Ada@example.com"]);
    expect(byEmail.where).toMatch(/^\(actor_email = ANY\(ARRAY\[\$1::text, lower\(\$1::text\)\]\)/);
    expect(byEmail.where).toContain("OR actor_id = ANY(ARRAY(SELECT u.id::text FROM users u WHERE lower(u.email) = lower($1::text)");
    expect(byEmail.where).toContain("SELECT s.id::text FROM console_staff s WHERE lower(s.email) = lower($1::text)");
    expect(compile("action:api_key.created")).toMatchObject({ where: "action = $1", params: ["api_key.created"] });
    expect(compile("action:api_key.*")).toMatchObject({ where: "action LIKE $1", params: ["api\\_key.%"] });
    expect(compile("resource:api_key")).toMatchObject({ where: "resource_type = $1", params: ["api_key"] });
    expect(compile("resource:api_key/42")).toMatchObject({ where: "(resource_type = $1 AND resource_id = $2)", params: ["api_key", "42"] });
    expect(compile("ip:10.0.0.1")).toMatchObject({ where: "ip_address = $1::inet", params: ["10.0.0.1"] });
    expect(compile("ip:10.0.0.0/8")).toMatchObject({ where: "ip_address <<= network($1::inet)", params: ["10.0.0.0/8"] });
    expect(compile("details.before.status:42")).toMatchObject({
      where: "((details @> $3::jsonb OR details @> $4::jsonb) AND details #>> $1::text[] = $2)",
      params: [["before", "status"], "42", '{"before":{"status":"42"}}', '{"before":{"status":42}}'],
    });
    expect(compile("details.reason:revoked")).toMatchObject({
      where: "(details @> $3::jsonb AND details #>> $1::text[] = $2)",
      params: [["reason"], "revoked", '{"reason":"revoked"}'],
    });
  });

  it("resolves relative times against now; after is inclusive, before exclusive", () => {
    expect(compile("after:-24h before:-15m")).toMatchObject({
      where: "created_at >= $1::timestamptz AND created_at < $2::timestamptz",
      params: ["2026-11-27T12:00:00.000Z", "2026-11-28T11:45:00.000Z"],
    });
    expect(compile("after:-2w before:now").params).toEqual(["2026-11-14T12:00:00.000Z", "2026-11-28T12:00:00.000Z"]);
    expect(compile("after:-7d").params).toEqual(["2026-11-21T12:00:00.000Z"]);
    expect(compile("before:2026-11-28T14:00:00.5+02:00").params).toEqual(["2026-11-28T12:00:00.500000Z"]);
  });

  it("keeps a huge relative time inside the range PostgreSQL accepts", () => {
    expect(compile("after:-999999w").params).toEqual(["0001-01-01T00:00:00.000Z"]);
  });

  it("wraps exclusions so that a NULL column keeps the row", () => {
    expect(compile("-ip:10.0.0.0/8").where).toBe("(ip_address <<= network($1::inet)) IS NOT TRUE");
    expect(compile("-resource:api_key/42").where).toBe("((resource_type = $1 AND resource_id = $2)) IS NOT TRUE");
    expect(compile("-key").where).toMatch(/^\(\(action ILIKE \$1 OR .*\)\) IS NOT TRUE$/);
  });

  it("ORs positive terms on one field (a row has one tenant), ANDs everything else", () => {
    const text = (n: number) => `(action ILIKE $${n} OR resource_type ILIKE $${n} OR resource_id ILIKE $${n} OR actor_email ILIKE $${n} OR details::text ILIKE $${n})`;
    expect(compile("action:a tenant:x action:b -action:c details.k:1 details.k:2 details.j:3 key word")).toEqual({
      where: [
        "(action = $1 OR action = $2)",
        "tenant_id = (SELECT t.id FROM tenants t WHERE t.slug = $3)",
        "(action = $4) IS NOT TRUE",
        "(((details @> $7::jsonb OR details @> $8::jsonb) AND details #>> $5::text[] = $6) OR ((details @> $11::jsonb OR details @> $12::jsonb) AND details #>> $9::text[] = $10))",
        "((details @> $15::jsonb OR details @> $16::jsonb) AND details #>> $13::text[] = $14)",
        text(17),
        text(18),
      ].join(" AND "),
      params: ["a", "b", "x", "c", ["k"], "1", '{"k":"1"}', '{"k":1}', ["k"], "2", '{"k":"2"}', '{"k":2}', ["j"], "3", '{"j":"3"}', '{"j":3}', "%key%", "%word%"],
      highlights: ["key", "word"],
    });
  });

  it("returns the free-text words and phrases to highlight, once each, never the excluded ones", () => {
    expect(compile(`key "key revoked" -noise key tenant:acme`).highlights).toEqual(["key", "key revoked"]);
  });

  it("never puts a value into the SQL text", () => {
    const hostile = `x'); DROP TABLE audit_logs; --`;
    const input = [
      `"${hostile}"`, `tenant:"${hostile}"`, `user:"${hostile}@x"`, `action:"${hostile}"`,
      `resource:"${hostile}/${hostile}"`, `details.a:"${hostile}"`, `-"${hostile}"`,
    ].join(" ");
    const { where, params } = compile(input);
    expect(where).not.toContain("DROP");
    expect(where).not.toContain("'");
    // Each value once, and the details value again inside its JSON containment document.
    expect(params.filter((p) => String(p).includes("DROP TABLE"))).toHaveLength(9);
  });
});

describe("details containment and resolved tenant slugs", () => {
  it("builds the JSON documents a details term implies, as object key or array position", async () => {
    const { detailsContainmentCandidates } = await import("./details-containment");
    expect(detailsContainmentCandidates(["items", "0"], "alpha")).toEqual(['{"items":{"0":"alpha"}}', '{"items":["alpha"]}']);
    expect(detailsContainmentCandidates(["ok"], "true")).toEqual(['{"ok":"true"}', '{"ok":true}']);
    expect(detailsContainmentCandidates(["n"], "12345678901234567890.5")).toEqual(['{"n":"12345678901234567890.5"}', '{"n":12345678901234567890.5}']);
    // Values that a stored object or array could also print as, or that jsonb could not carry: no index help.
    expect(detailsContainmentCandidates(["a"], '{"b":1}')).toBeNull();
    expect(detailsContainmentCandidates(["a"], "\ud800")).toBeNull();
    expect(detailsContainmentCandidates(["a", "1", "2", "3"], "x")).toBeNull();
  });

  it("uses a tenant id looked up before compiling, and FALSE for a slug no tenant has", () => {
    const parsed = parseAuditQuery("tenant:acme -tenant:nope");
    if (!parsed.ok) throw new Error(parsed.error.message);
    const tenantIds = new Map([["acme", "0e0c6a52-4a57-4d4b-9d7a-0d6f4b0c1a11"], ["nope", null]]);
    expect(compileAuditQuery(parsed.query, { now, tenantIds })).toEqual({
      where: "tenant_id = $1::uuid AND (FALSE) IS NOT TRUE",
      params: ["0e0c6a52-4a57-4d4b-9d7a-0d6f4b0c1a11"],
      highlights: [],
    });
  });
});
