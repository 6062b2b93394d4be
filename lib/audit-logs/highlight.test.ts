import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitHighlights } from "./highlight";

describe("splitHighlights", () => {
  it("marks every occurrence, ignoring case, longest term first", () => {
    expect(splitHighlights("Key revoked: key rotated", ["key", "key revoked"])).toEqual([
      { text: "Key revoked", match: true },
      { text: ": ", match: false },
      { text: "key", match: true },
      { text: " rotated", match: false },
    ]);
  });

  it("treats regular-expression characters in a term literally", () => {
    expect(splitHighlights("50%_off (a+b)", ["(a+b)"])).toEqual([{ text: "50%_off ", match: false }, { text: "(a+b)", match: true }]);
  });

  it("always gives back the text it was given, in order", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }), (text, terms) => {
        expect(splitHighlights(text, terms).map((part) => part.text).join("")).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
