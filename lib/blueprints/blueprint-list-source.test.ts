import { describe, expect, it, vi } from "vitest";
import { parseListParams } from "../data-table/list-params";
import { streamListCsv } from "../data-table/stream-list-csv";
import { insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { expectDomainError, insertTenant } from "../tenants/tenant-test-kit";
import { runSql } from "../testing/sql";
import { blueprintExportColumns } from "./blueprint-export-columns";
import { blueprintListSource } from "./blueprint-list-source";
import { blueprintListSpec } from "./blueprint-list-spec";
import { insertBlueprint } from "./blueprint-test-kit";
import { listBlueprints } from "./list-blueprints";

vi.mock("server-only", () => ({}));

const params = (query: string) => parseListParams(blueprintListSpec, new URLSearchParams(query)).params;
const counts = (facets: { value: string; count: number }[] | undefined) => Object.fromEntries((facets ?? []).map((facet) => [facet.value, facet.count]));

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("the blueprints list", () => {
  const db = useStaffDatabase();

  // Two publishers and one blueprint without one; every pricing model; public and private.
  async function seed() {
    await runSql(db.url, "DELETE FROM blueprints");
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const acme = await insertTenant(db.prisma, { name: "Acme Robotics", slug: `acme-${crypto.randomUUID().slice(0, 6)}` });
    const globex = await insertTenant(db.prisma, { name: "Globex" });
    const triage = await insertBlueprint(db.prisma, {
      name: "Ticket Triage", category: "customer-support", publisherId: acme.id, isPublic: true,
      pricingModel: "free", downloads: 1_200, rating: "4.50", reviewsCount: 30, definition: { secret: "never listed" },
    });
    const scorer = await insertBlueprint(db.prisma, {
      name: "Lead Scorer", category: "sales", publisherId: globex.id, isPublic: true,
      pricingModel: "subscription", price: "49.00", currency: "EUR", downloads: 300, rating: "3.90", reviewsCount: 4,
    });
    const invoices = await insertBlueprint(db.prisma, {
      name: "Invoice Extraction", category: "finance", publisherId: acme.id, pricingModel: "one_time", price: "199.99", downloads: 12,
    });
    const orphan = await insertBlueprint(db.prisma, {
      name: "=cmd|' /C calc'!A0", category: "sales", pricingModel: "usage_based", price: "0.05", downloads: 0,
    });
    return { support, acme, globex, blueprints: { triage, scorer, invoices, orphan } };
  }

  it("lists each blueprint with its publisher, pricing, visibility, downloads, rating and reviews", async () => {
    const { support, acme, blueprints } = await seed();
    const result = await listBlueprints({ actor: support, prisma: db.prisma, params: params("") });
    // Most downloaded first, by default.
    expect(result.rows.map((row) => row.name)).toEqual(["Ticket Triage", "Lead Scorer", "Invoice Extraction", "=cmd|' /C calc'!A0"]);
    expect(result.rows[0]).toEqual({
      id: blueprints.triage.id, name: "Ticket Triage", category: "customer-support",
      publisher: { id: acme.id, name: "Acme Robotics", slug: acme.slug },
      pricingModel: "free", price: "0.00", currency: "USD", isPublic: true, downloads: 1_200, rating: "4.50", reviewsCount: 30,
      createdAt: blueprints.triage.createdAt, updatedAt: blueprints.triage.updatedAt,
    });
    expect(result.rows[1]).toMatchObject({ pricingModel: "subscription", price: "49.00", currency: "EUR", rating: "3.90" });
    expect(result.rows[3]).toMatchObject({ publisher: null, rating: null, isPublic: false });
    expect(JSON.stringify(result)).not.toContain("never listed");
    expect(result.total).toEqual({ count: 4, exact: true });
  });

  it("filters and counts by category, pricing model and visibility, each facet under the other filters", async () => {
    const { support } = await seed();
    const sales = await listBlueprints({ actor: support, prisma: db.prisma, params: params("category=sales&sort=name") });
    expect(sales.rows.map((row) => row.name)).toEqual(["=cmd|' /C calc'!A0", "Lead Scorer"]);
    expect(counts(sales.facets.category)).toEqual({ sales: 2, "customer-support": 1, finance: 1 });
    expect(counts(sales.facets.pricing)).toEqual({ subscription: 1, usage_based: 1 });
    expect(counts(sales.facets.visibility)).toEqual({ public: 1, private: 1 });

    const paidPrivate = await listBlueprints({ actor: support, prisma: db.prisma, params: params("pricing=one_time,usage_based&visibility=private&sort=name") });
    expect(paidPrivate.rows.map((row) => row.name)).toEqual(["=cmd|' /C calc'!A0", "Invoice Extraction"]);
    const publicOnes = await listBlueprints({ actor: support, prisma: db.prisma, params: params("visibility=public") });
    expect(publicOnes.rows.map((row) => row.name)).toEqual(["Ticket Triage", "Lead Scorer"]);
  });

  it("filters by price and downloads ranges, searches name, category and publisher, and sorts by rating and downloads", async () => {
    const { support } = await seed();
    const names = async (query: string) => (await listBlueprints({ actor: support, prisma: db.prisma, params: params(query) })).rows.map((row) => row.name);
    expect(await names("price=10..200&sort=price")).toEqual(["Lead Scorer", "Invoice Extraction"]);
    expect(await names("downloads=..300&sort=downloads")).toEqual(["=cmd|' /C calc'!A0", "Invoice Extraction", "Lead Scorer"]);
    expect(await names("q=acme&sort=name")).toEqual(["Invoice Extraction", "Ticket Triage"]);
    expect(await names("q=FINANCE")).toEqual(["Invoice Extraction"]);
    expect(await names("q=scorer")).toEqual(["Lead Scorer"]);
    // Unrated blueprints come last either way.
    expect((await names("sort=-rating")).slice(0, 2)).toEqual(["Ticket Triage", "Lead Scorer"]);
    expect((await names("sort=rating")).slice(0, 2)).toEqual(["Lead Scorer", "Ticket Triage"]);
    expect((await names("sort=reviews")).slice(2)).toEqual(["Lead Scorer", "Ticket Triage"]);
  });

  it("refuses a category that is not a plausible one with a sentence, and an actor without permission", async () => {
    const parsed = parseListParams(blueprintListSpec, new URLSearchParams("category=%3Cscript%3E"));
    expect(parsed.params.facets).toEqual({});
    expect(parsed.problems).toEqual(['Category has no value "<script>"; it is ignored.']);
    const nobody = { ...sessionOf(await insertStaff(db.prisma, { role: "support" })), role: null as never };
    await expectDomainError(listBlueprints({ actor: nobody, prisma: db.prisma, params: params("") }), "forbidden");
  });

  it("exports every matching row, a formula-looking name as text", async () => {
    const { acme } = await seed();
    const { stream } = streamListCsv({ prisma: db.prisma, source: blueprintListSource, params: params("sort=name"), columns: blueprintExportColumns, onFinish: async () => undefined });
    const lines = (await readAll(stream)).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,name,category,publisher,pricing_model,price,currency,visibility,downloads,rating,reviews,created_at");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(`,'=cmd|' /C calc'!A0,sales,,usage_based,0.05,USD,private,0,,0,`);
    expect(lines[2]).toContain(`,Invoice Extraction,finance,${acme.slug},one_time,199.99,USD,private,12,,0,`);
  });
});
