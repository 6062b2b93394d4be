import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileAuditQuery } from "./compile-audit-query";
import { removeTerm, setTerm } from "./edit-query";
import { formatQuery } from "./format-query";
import { parseAuditQuery } from "./parse-audit-query";
import type { ParseResult, Term } from "./query-types";
import { nearValidQuery } from "./testing/query-arbitraries";

// 10,000 inputs in all: 3,000 arbitrary grapheme strings, 3,000 strings of any code point (lone
// surrogates included: fast-check 4's replacement for fullUnicodeString) and 4,000 near-valid
// queries built from the grammar, where most inputs parse and the rest fail in interesting ways.

const now = new Date("2026-11-28T12:00:00Z");

function expectWellFormed(input: string, result: ParseResult): void {
  if (result.ok) return;
  const { message, position, length } = result.error;
  expect(typeof message).toBe("string");
  expect(message.length).toBeGreaterThan(0);
  expect(Number.isInteger(position) && Number.isInteger(length)).toBe(true);
  expect(position).toBeGreaterThanOrEqual(0);
  expect(position).toBeLessThanOrEqual(input.length);
  expect(length).toBeGreaterThanOrEqual(0);
  expect(position + length).toBeLessThanOrEqual(input.length);
}

function checkParse(input: string): void {
  let result: ParseResult;
  expect(() => (result = parseAuditQuery(input))).not.toThrow();
  expectWellFormed(input, result!);
  if (!result!.ok) return;
  const canonical = formatQuery(result!.query);
  const again = parseAuditQuery(canonical);
  expect(again).toEqual({ ok: true, query: result!.query });
  expect(formatQuery(result!.query)).toBe(canonical);
  const compiled = compileAuditQuery(result!.query, { now });
  const placeholders = new Set(compiled.where.match(/\$\d+/g) ?? []);
  expect(placeholders.size).toBe(compiled.params.length);
}

describe("parseAuditQuery under fuzzing", () => {
  it("never throws on 3,000 random grapheme strings, and every error points inside the text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), checkParse), { numRuns: 3000 });
  });

  it("never throws on 3,000 strings of any code point, lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), checkParse), { numRuns: 3000 });
  });

  it("never throws on 4,000 near-valid queries, and every valid one survives formatQuery unchanged", () => {
    let valid = 0;
    fc.assert(
      fc.property(nearValidQuery, (input) => {
        checkParse(input);
        if (parseAuditQuery(input).ok) valid += 1;
      }),
      { numRuns: 4000 },
    );
    // The grammar arbitrary must really exercise the valid path, not only the errors.
    expect(valid).toBeGreaterThan(1000);
  });
});

describe("setTerm and removeTerm under fuzzing", () => {
  const isPositiveTenant = (t: Term) => t.field === "tenant" && !t.negated;

  it("never throw, and on a valid query change only the field they were asked to", () => {
    fc.assert(
      fc.property(fc.oneof(nearValidQuery, fc.string({ maxLength: 40 })), (input) => {
        const set = setTerm(input, "tenant", "acme corp");
        const removed = removeTerm(input, "tenant");
        const before = parseAuditQuery(input);
        if (!before.ok) return;
        const others = before.query.terms.filter((t) => !isPositiveTenant(t));
        const afterSet = parseAuditQuery(set);
        const afterRemove = parseAuditQuery(removed);
        expect(afterSet.ok && afterRemove.ok).toBe(true);
        if (!afterSet.ok || !afterRemove.ok) return;
        expect(afterSet.query.terms.filter(isPositiveTenant)).toEqual([{ field: "tenant", negated: false, value: "acme corp", by: "slug" }]);
        expect(afterSet.query.terms.filter((t) => !isPositiveTenant(t))).toEqual(others);
        expect(afterRemove.query.terms).toEqual(others);
      }),
      { numRuns: 2000 },
    );
  });
});
