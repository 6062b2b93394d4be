import { describe, expect, it } from "vitest";
import { diffLines, toHunks } from "./text-diff";

describe("diffLines", () => {
  it("marks what was removed and added, numbering both sides", () => {
    const lines = diffLines("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n");
    expect(lines).toEqual([
      { kind: "same", text: "a", oldNumber: 1, newNumber: 1 },
      { kind: "removed", text: "b", oldNumber: 2, newNumber: null },
      { kind: "added", text: "B", oldNumber: null, newNumber: 2 },
      { kind: "same", text: "c", oldNumber: 3, newNumber: 3 },
      { kind: "same", text: "d", oldNumber: 4, newNumber: 4 },
      { kind: "added", text: "e", oldNumber: null, newNumber: 5 },
    ]);
  });

  it("ignores line endings", () => {
    expect(diffLines("a\r\nb\r\n", "a\nb\n").every((line) => line.kind === "same")).toBe(true);
  });

  it("keeps only the changes and their context in hunks", () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i}`).join("\n");
    const after = before.replace("line 3", "LINE 3").replace("line 25", "LINE 25");
    const hunks = toHunks(diffLines(before, after), 2);
    expect(hunks).toHaveLength(2);
    expect(hunks[0]!.lines.map((l) => l.text)).toEqual(["line 1", "line 2", "line 3", "LINE 3", "line 4", "line 5"]);
  });
});
