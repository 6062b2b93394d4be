import { describe, expect, it, vi } from "vitest";
import { parseListParams } from "../data-table/list-params";
import { streamListCsv } from "../data-table/stream-list-csv";
import { runSql } from "../testing/sql";
import { insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { apiKeyExportColumns } from "./api-key-export-columns";
import { apiKeyListSource } from "./api-key-list-source";
import { API_KEY_LIST_STATUSES, apiKeyListSpec } from "./api-key-list-spec";
import { API_KEY_STATUSES } from "./api-key-status";
import { daysFrom, expectDomainError, insertKey, insertTenant } from "./api-key-test-kit";
import { listApiKeys } from "./list-api-keys";

vi.mock("server-only", () => ({}));

const params = (query: string) => parseListParams(apiKeyListSpec, new URLSearchParams(query)).params;
const counts = (facets: { value: string; count: number }[] | undefined) => Object.fromEntries((facets ?? []).map((facet) => [facet.value, facet.count]));

describe("the API keys list", () => {
  const db = useStaffDatabase();

  // Two tenants; keys active, expired and revoked; made by staff, by a user, and by nobody known.
  async function seed() {
    await runSql(db.url, "DELETE FROM api_keys; DELETE FROM users; DELETE FROM tenants");
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const ada = await insertStaff(db.prisma, { role: "admin", name: "Ada Admin" });
    const acme = await insertTenant(db.prisma, { name: "Acme Robotics" });
    const globex = await insertTenant(db.prisma, { name: "Globex" });
    const dee = await db.prisma.user.create({ data: { tenantId: acme.id, email: `dee.${acme.slug}@acme.test`, name: "Dee Dev" } });
    const now = new Date();
    const ci = await insertKey(db.prisma, { tenantId: acme.id, name: "CI pipeline", scopes: ["agents:read", "workflows:write"], createdByStaffId: ada.id });
    const billing = await insertKey(db.prisma, { tenantId: acme.id, name: "Billing sync", scopes: ["usage:read"], createdBy: dee.id, expiresAt: daysFrom(now, -2) });
    const old = await insertKey(db.prisma, { tenantId: globex.id, name: "Old importer", scopes: ["agents:read", "executions:read"], revokedAt: daysFrom(now, -1) });
    const forever = await insertKey(db.prisma, { tenantId: globex.id, name: "Forever key", scopes: ["usage:read", "agents:write"], expiresAt: null });
    await runSql(db.url, `UPDATE api_keys SET last_used_at = now() - interval '1 hour', last_used_ip = '198.51.100.4' WHERE id = '${ci.id}';
      UPDATE api_keys SET created_at = '2026-03-05T12:00:00Z' WHERE id = '${old.id}'`);
    return { support, ada, acme, globex, dee, keys: { ci, billing, old, forever } };
  }

  it("shows every key with its tenant, creator, status and last use, and never a hash", async () => {
    const { support, ada, acme, dee, keys } = await seed();
    const result = await listApiKeys({ actor: support, prisma: db.prisma, params: params("sort=name") });
    expect(result.rows.map((row) => [row.name, row.status])).toEqual([
      ["Billing sync", "expired"], ["CI pipeline", "active"], ["Forever key", "active"], ["Old importer", "revoked"],
    ]);
    const ci = result.rows.find((row) => row.id === keys.ci.id)!;
    expect(ci).toMatchObject({
      keyPrefix: keys.ci.keyPrefix, scopes: ["agents:read", "workflows:write"], lastUsedIp: "198.51.100.4",
      tenant: { id: acme.id, name: "Acme Robotics", slug: acme.slug },
      createdBy: { kind: "staff", id: ada.id, name: "Ada Admin", email: ada.email },
      expiresAt: keys.ci.expiresAt, revokedAt: null, updatedAt: keys.ci.updatedAt,
    });
    expect(ci.lastUsedAt).toBeInstanceOf(Date);
    expect(result.rows.find((row) => row.id === keys.billing.id)!.createdBy).toEqual({ kind: "user", id: dee.id, name: "Dee Dev", email: dee.email });
    expect(result.rows.find((row) => row.id === keys.old.id)!.createdBy).toBeNull();
    const text = JSON.stringify(result);
    for (const key of Object.values(keys)) expect(text).not.toContain(key.keyHash);
    expect(result.total).toEqual({ count: 4, exact: true });
  });

  it("filters and counts by status, computed from revoked_at and expires_at", async () => {
    const { support } = await seed();
    const active = await listApiKeys({ actor: support, prisma: db.prisma, params: params("status=active&sort=name") });
    expect(active.rows.map((row) => row.name)).toEqual(["CI pipeline", "Forever key"]);
    // The status facet ignores its own filter.
    expect(counts(active.facets.status)).toEqual({ active: 2, expired: 1, revoked: 1 });
    const stopped = await listApiKeys({ actor: support, prisma: db.prisma, params: params("status=expired,revoked&sort=name") });
    expect(stopped.rows.map((row) => row.name)).toEqual(["Billing sync", "Old importer"]);
    const bySort = await listApiKeys({ actor: support, prisma: db.prisma, params: params("sort=status") });
    expect(bySort.rows.map((row) => row.status)).toEqual(["active", "active", "expired", "revoked"]);
  });

  it("filters by scope: a key matches when it holds any chosen scope, and counts are per scope", async () => {
    const { support } = await seed();
    const reading = await listApiKeys({ actor: support, prisma: db.prisma, params: params("scope=agents:read&sort=name") });
    expect(reading.rows.map((row) => row.name)).toEqual(["CI pipeline", "Old importer"]);
    const either = await listApiKeys({ actor: support, prisma: db.prisma, params: params("scope=usage:read,workflows:write&sort=name") });
    expect(either.rows.map((row) => row.name)).toEqual(["Billing sync", "CI pipeline", "Forever key"]);
    expect(counts(either.facets.scope)).toEqual({ "agents:read": 2, "workflows:write": 1, "usage:read": 2, "executions:read": 1, "agents:write": 1 });
    // Scope counts follow the other filters.
    const activeOnly = await listApiKeys({ actor: support, prisma: db.prisma, params: params("status=active&scope=usage:read") });
    expect(activeOnly.rows.map((row) => row.name)).toEqual(["Forever key"]);
    expect(counts(activeOnly.facets.scope)).toEqual({ "agents:read": 1, "workflows:write": 1, "usage:read": 1, "agents:write": 1 });
    expect(counts(activeOnly.facets.status)).toEqual({ active: 1, expired: 1 });
    // A scope the console cannot grant is refused with a sentence, not run.
    expect(parseListParams(apiKeyListSpec, new URLSearchParams("scope=root:all")).problems).toEqual(['Scope has no value "root:all"; it is ignored.']);
  });

  it("searches prefix, name, tenant name and slug, and filters by created and expiry dates", async () => {
    const { support, globex, keys } = await seed();
    const names = async (query: string) => (await listApiKeys({ actor: support, prisma: db.prisma, params: params(`${query}&sort=name`) })).rows.map((row) => row.name);
    expect(await names(`q=${keys.forever.keyPrefix}`)).toEqual(["Forever key"]);
    expect(await names("q=billing")).toEqual(["Billing sync"]);
    expect(await names("q=acme robo")).toEqual(["Billing sync", "CI pipeline"]);
    expect(await names(`q=${globex.slug}`)).toEqual(["Forever key", "Old importer"]);
    expect(await names("created=2026-03-05..2026-03-05")).toEqual(["Old importer"]);
    const today = new Date().toISOString().slice(0, 10);
    // Keys without an expiry never fall into an expiry range.
    expect(await names(`expires=..${today}`)).toEqual(["Billing sync"]);
    expect(await names(`expires=${today}..`)).toEqual(["CI pipeline", "Old importer"]);
  });

  it("narrows to one tenant, facets included", async () => {
    const { support, acme } = await seed();
    const result = await listApiKeys({ actor: support, prisma: db.prisma, params: params("sort=name"), tenantId: acme.id });
    expect(result.rows.map((row) => row.name)).toEqual(["Billing sync", "CI pipeline"]);
    expect(result.total.count).toBe(2);
    expect(counts(result.facets.status)).toEqual({ active: 1, expired: 1 });
    expect(counts(result.facets.scope)).toEqual({ "agents:read": 1, "workflows:write": 1, "usage:read": 1 });
  });

  it("exports the filtered keys with prefixes and never a hash", async () => {
    const { keys } = await seed();
    const { stream, ready } = streamListCsv({
      prisma: db.prisma,
      source: apiKeyListSource,
      params: params("scope=usage:read&sort=name"),
      columns: apiKeyExportColumns,
      onFinish: async () => undefined,
    });
    await ready;
    const csv = await new Response(stream).text();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,prefix,name,tenant_id,tenant,tenant_slug,scopes,status,created_by_kind,created_by,created_at,expires_at,revoked_at,last_used_at,last_used_ip");
    expect(lines.slice(1).map((line) => line.split(",")[2])).toEqual(["Billing sync", "Forever key"]);
    expect(csv).toContain(keys.forever.keyPrefix);
    for (const key of Object.values(keys)) expect(csv).not.toContain(key.keyHash);
  });

  it("refuses a role without api_keys.view", async () => {
    const nobody = { id: "00000000-0000-4000-8000-000000000001", email: "x@y.test", name: "X", role: undefined as never };
    await expectDomainError(listApiKeys({ actor: nobody, prisma: db.prisma, params: params("") }), "forbidden");
  });

  it("offers the same statuses as lib/api-keys computes", () => {
    expect([...API_KEY_LIST_STATUSES]).toEqual([...API_KEY_STATUSES]);
  });
});
