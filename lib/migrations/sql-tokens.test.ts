import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenizeSql } from "./sql-tokens";

describe("tokenizeSql", () => {
  it("gives every character back, in order, whatever the input", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 300 }), (sql) => tokenizeSql(sql).map((t) => t.text).join("") === sql));
  });

  it("tells keywords, types, names, strings, numbers and comments apart", () => {
    const tokens = tokenizeSql(`-- add it\nALTER TABLE "tenants" ADD COLUMN "region" VARCHAR(40) DEFAULT 'eu; west' NOT NULL;`);
    const of = (kind: string) => tokens.filter((t) => t.kind === kind).map((t) => t.text);
    expect(of("comment")).toEqual(["-- add it"]);
    expect(of("keyword")).toEqual(["ALTER", "TABLE", "ADD", "COLUMN", "DEFAULT", "NOT", "NULL"]);
    expect(of("identifier")).toEqual(['"tenants"', '"region"']);
    expect(of("type")).toEqual(["VARCHAR"]);
    expect(of("number")).toEqual(["40"]);
    expect(of("string")).toEqual(["'eu; west'"]);
  });

  it("keeps a plpgsql body whole as one dollar-quoted string", () => {
    const body = "$$\nBEGIN\n  RAISE EXCEPTION 'no; never';\nEND;\n$$";
    const tokens = tokenizeSql(`CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS ${body};`);
    expect(tokens.filter((t) => t.kind === "string").map((t) => t.text)).toEqual([body]);
  });

  it("treats markup as plain text, never as anything to render", () => {
    const tokens = tokenizeSql(`SELECT '<script>alert(1)</script>' AS "<b>x</b>"`);
    expect(tokens.map((t) => t.text).join("")).toContain("<script>");
    expect(tokens.find((t) => t.text.includes("<script>"))?.kind).toBe("string");
  });
});
