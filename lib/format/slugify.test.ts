import { describe, expect, it } from "vitest";
import { slugify, SLUG_PATTERN } from "./slugify";

describe("slugify", () => {
  it("drops accents and turns anything else into one hyphen", () => {
    expect(slugify("Crème Brûlée")).toBe("creme-brulee");
    expect(slugify("Acme Labs, Inc.")).toBe("acme-labs-inc");
    expect(slugify("  Pro Annual! ")).toBe("pro-annual");
    expect(SLUG_PATTERN.test(slugify("Ünïcödé — 2026"))).toBe(true);
  });

  it("cuts to the length without leaving a hyphen at the end", () => {
    expect(slugify("ab cd", 3)).toBe("ab");
  });
});
