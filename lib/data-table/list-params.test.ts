import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultListParams, effectiveHidden, parseListParams, serializeListParams } from "./list-params";
import { defineListSpec, enumOptions } from "./list-spec";

const spec = defineListSpec({
  id: "things",
  title: "Things",
  noun: { one: "thing", many: "things" },
  columns: [{ id: "name", label: "Name", hideable: false }, { id: "status", label: "Status" }, { id: "createdAt", label: "Created" }],
  defaultHidden: ["status"],
  sorts: ["name", "createdAt"],
  defaultSort: { id: "createdAt", desc: true },
  facets: { status: { label: "Status", options: enumOptions(["active", "past_due"]) }, plan: { label: "Plan", pattern: "^[a-z-]{1,20}$" } },
  ranges: { created: { label: "Created", kind: "date" }, mrr: { label: "Revenue", kind: "number" } },
  search: { placeholder: "Search" },
  pageSizes: [25, 50],
  defaultPageSize: 25,
});

const parse = (query: string) => parseListParams(spec, new URLSearchParams(query));

describe("parseListParams", () => {
  it("reads every part of the view from the URL", () => {
    const { params, problems } = parse("q=acme&status=active,past_due&plan=pro&created=2026-01-01..2026-01-31&mrr=10..&sort=name&size=50&page=3&hide=status");
    expect(problems).toEqual([]);
    expect(params).toEqual({
      page: 3,
      pageSize: 50,
      sort: { id: "name", desc: false },
      q: "acme",
      facets: { status: ["active", "past_due"], plan: ["pro"] },
      ranges: { created: { from: "2026-01-01", to: "2026-01-31" }, mrr: { from: "10" } },
      hidden: ["status"],
    });
  });

  it("turns each bad value into a sentence and the default, never an error", () => {
    const { params, problems } = parse("page=0&size=7&sort=password&status=deleted&plan=DROP TABLE&created=yesterday..2026-02-30x&mrr=9..1&hide=name,nope");
    expect(params.page).toBe(1);
    expect(params.pageSize).toBe(25);
    expect(params.sort).toEqual({ id: "createdAt", desc: true });
    expect(params.facets).toEqual({});
    expect(params.ranges).toEqual({ mrr: { from: "1", to: "9" } });
    // "name" cannot be hidden; unknown ids are dropped.
    expect(params.hidden).toEqual([]);
    expect(problems).toEqual([
      '"0" is not a page number, so the first page is shown.',
      "Pages hold 25, 50 rows, so 25 are shown.",
      'The list cannot be sorted by "password", so it is sorted by Created.',
      'Status has no value "deleted"; it is ignored.',
      'Plan has no value "DROP TABLE"; it is ignored.',
      'Created from "yesterday" is not a date like 2026-01-31; it is ignored.',
      'Created to "2026-02-30x" is not a date like 2026-01-31; it is ignored.',
      "Revenue starts after it ends, so the two ends were swapped.",
    ]);
  });

  it("reads Next's searchParams object, taking the first of repeated keys", () => {
    expect(parseListParams(spec, { q: ["a", "b"], sort: "-name" }).params).toMatchObject({ q: "a", sort: { id: "name", desc: true } });
  });

  it("round-trips: serializing then parsing gives the same view, and defaults stay out of the URL", () => {
    expect(serializeListParams(spec, defaultListParams(spec)).toString()).toBe("");
    const query = "q=a+b&status=past_due&created=..2026-03-01&sort=name&size=50&page=2&hide=";
    const { params } = parse(query);
    expect(parse(serializeListParams(spec, params).toString()).params).toEqual(params);
  });

  it("never throws on any input, and whatever it returns is allowlisted", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("q", "page", "size", "sort", "status", "plan", "created", "mrr", "hide", "x"), fc.string()), (input) => {
        const { params } = parseListParams(spec, input);
        expect(spec.sorts).toContain(params.sort.id);
        expect(spec.pageSizes).toContain(params.pageSize);
        for (const value of params.facets.status ?? []) expect(["active", "past_due"]).toContain(value);
      }),
      { numRuns: 2_000 },
    );
  });

  it("uses the URL's hidden columns, else the saved ones, else the spec's", () => {
    expect(effectiveHidden(spec, parse("hide=createdAt").params, ["status"])).toEqual(["createdAt"]);
    expect(effectiveHidden(spec, parse("").params, ["createdAt"])).toEqual(["createdAt"]);
    expect(effectiveHidden(spec, parse("").params, null)).toEqual(["status"]);
  });
});

describe("deep pages", () => {
  it("stops at the first 10,000 rows with a sentence, since OFFSET would scan everything before", () => {
    const { params, problems } = parse("page=500&size=50");
    expect(params.page).toBe(200);
    expect(problems).toEqual(["Pages stop after the first 10,000 rows, so page 200 is shown. Narrow the filters or reverse the sort to see further."]);
    expect(parse("page=400").problems).toEqual([]);
  });
});
