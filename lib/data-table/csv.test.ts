import { describe, expect, it } from "vitest";
import { csvCell, csvLine, csvNumber } from "./csv";

describe("csvCell", () => {
  it.each([
    ["=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "\"'\rcmd\""],
  ])("neutralises a cell a spreadsheet would run: %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("quotes commas, quotes, line breaks and edge spaces, and leaves plain text alone", () => {
    expect(csvCell("Acme, Inc.")).toBe('"Acme, Inc."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded ")).toBe('" padded "');
    expect(csvCell("Acme")).toBe("Acme");
  });

  it("writes numbers, dates and empties as spreadsheets expect", () => {
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(12n)).toBe("12");
    expect(csvCell(new Date("2026-01-02T03:04:05.000Z"))).toBe("2026-01-02T03:04:05.000Z");
    expect(csvCell(null)).toBe("");
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
  });

  it("treats only well-formed decimals as numbers", () => {
    expect(csvNumber("-49.00")).toBe(-49);
    expect(csvCell(csvNumber("=1+2"))).toBe("'=1+2");
  });
});
