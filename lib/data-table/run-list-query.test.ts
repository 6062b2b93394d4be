import { describe, expect, it, vi } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { queryValue, runSql } from "../testing/sql";
import { useStaffDatabase } from "../staff/staff-test-kit";
import { parseListParams } from "./list-params";
import { defineListSpec, enumOptions } from "./list-spec";
import { defineListSource, searchColumns } from "./list-source";
import { EXACT_COUNT_CAP, runListQuery } from "./run-list-query";
import { streamListCsv, type ExportOutcome } from "./stream-list-csv";

vi.mock("server-only", () => ({}));

const spec = defineListSpec({
  id: "test-tenants",
  title: "Tenants",
  noun: { one: "tenant", many: "tenants" },
  columns: [{ id: "name", label: "Name" }, { id: "createdAt", label: "Created" }],
  sorts: ["name", "createdAt"],
  defaultSort: { id: "createdAt", desc: true },
  facets: { status: { label: "Status", options: enumOptions(["trial", "active", "suspended", "cancelled"]) } },
  ranges: { created: { label: "Created", kind: "date" } },
  search: { placeholder: "Name or slug" },
  pageSizes: [2, 25],
  defaultPageSize: 25,
});

type Row = { id: string; name: string; status: string; createdAt: Date };

const source = defineListSource<Row, "name" | "createdAt">({
  spec,
  select: Prisma.sql`t.id::text AS id, t.name, t.status::text AS status, t.created_at`,
  from: Prisma.sql`tenants t`,
  id: Prisma.sql`t.id`,
  sorts: { name: Prisma.sql`lower(t.name)`, createdAt: Prisma.sql`t.created_at` },
  facets: { status: { sql: Prisma.sql`t.status`, enumType: "tenant_status" } },
  ranges: { created: Prisma.sql`t.created_at` },
  search: searchColumns([Prisma.sql`t.name`, Prisma.sql`t.slug`]),
  mapRow: (raw) => ({ id: String(raw.id), name: String(raw.name), status: String(raw.status), createdAt: raw.created_at as Date }),
});

const list = (query: string) => parseListParams(spec, new URLSearchParams(query)).params;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // Keep the byte-order mark, which Excel needs to read UTF-8; Response.text() would drop it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("runListQuery", () => {
  const db = useStaffDatabase();

  it("filters, sorts, pages and counts facets under the other filters", async () => {
    await runSql(db.url, `
      INSERT INTO tenants (id, name, slug, status, created_at, updated_at) VALUES
        (gen_random_uuid(), 'Acme', 'acme', 'active', '2026-01-10', now()),
        (gen_random_uuid(), 'Beta 100%', 'beta', 'active', '2026-02-10', now()),
        (gen_random_uuid(), 'Gamma', 'gamma', 'trial', '2026-03-10', now()),
        (gen_random_uuid(), 'Delta', 'delta', 'suspended', '2026-03-20', now())`);

    const active = await runListQuery(db.prisma, source, list("status=active&sort=name"));
    expect(active.rows.map((row) => row.name)).toEqual(["Acme", "Beta 100%"]);
    expect(active.total).toEqual({ count: 2, exact: true });
    // The status facet ignores its own filter, so every status keeps its count.
    expect(Object.fromEntries(active.facets.status!.map((facet) => [facet.value, facet.count]))).toEqual({ active: 2, trial: 1, suspended: 1 });

    const paged = await runListQuery(db.prisma, source, list("size=2&page=2"));
    expect(paged.rows.map((row) => row.name)).toEqual(["Beta 100%", "Acme"]);
    expect(paged.hasNextPage).toBe(false);
    expect((await runListQuery(db.prisma, source, list("size=2"))).hasNextPage).toBe(true);

    // A date range includes its last day; % in search text matches itself only.
    const inMarch = await runListQuery(db.prisma, source, list("created=2026-03-01..2026-03-20"));
    expect(inMarch.rows.map((row) => row.name)).toEqual(["Delta", "Gamma"]);
    expect((await runListQuery(db.prisma, source, list("q=100%25"))).rows.map((row) => row.name)).toEqual(["Beta 100%"]);
    expect((await runListQuery(db.prisma, source, list("q=%25"))).rows.map((row) => row.name)).toEqual(["Beta 100%"]);
    expect((await runListQuery(db.prisma, source, list("q=nothing-like-this"))).total).toEqual({ count: 0, exact: true });
  });

  it("estimates instead of counting past the cap, and exports every matching row", async () => {
    await runSql(db.url, `
      INSERT INTO tenants (id, name, slug, status, updated_at)
      SELECT gen_random_uuid(), CASE WHEN g % 1000 = 0 THEN '=cmd|'' /C calc''!A0' ELSE 'Bulk ' || g END, 'bulk-' || g,
             CASE WHEN g % 4 = 0 THEN 'trial' ELSE 'active' END::tenant_status, now()
      FROM generate_series(1, ${EXACT_COUNT_CAP + 2000}) g;
      ANALYZE tenants;`);
    const all = await runListQuery(db.prisma, source, list("q=bulk"));
    expect(all.total.exact).toBe(false);
    expect(all.total.count).toBeGreaterThan(EXACT_COUNT_CAP);
    expect(all.facets.status!.find((facet) => facet.value === "trial")).toMatchObject({ exact: false });

    const trialOnly = list("status=trial");
    const expected = await queryValue<number>(db.url, "SELECT count(*)::int AS value FROM tenants WHERE status = 'trial'");
    let outcome: ExportOutcome | undefined;
    const { stream, ready } = streamListCsv({
      prisma: db.prisma,
      source,
      params: trialOnly,
      columns: [{ header: "Name", value: (row) => row.name }, { header: "Status", value: (row) => row.status }],
      onFinish: async (result) => void (outcome = result),
    });
    await ready;
    const csv = await readAll(stream);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("\uFEFFName,Status");
    expect(lines.length - 1).toBe(expected);
    expect(outcome).toEqual({ rowCount: expected, completed: true });
    expect(csv).toContain("'=cmd|' /C calc'!A0,trial");
    expect(csv).not.toMatch(/\r\n=cmd/);
  });
});
