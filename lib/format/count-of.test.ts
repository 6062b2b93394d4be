import { describe, expect, it } from "vitest";
import { countOf } from "./count-of";

describe("countOf", () => {
  it("agrees the word with the count and groups thousands", () => {
    expect(countOf(1, "key")).toBe("1 key");
    expect(countOf(0, "key")).toBe("0 keys");
    expect(countOf(1204, "subscriber")).toBe("1,204 subscribers");
    expect(countOf(2, "execution is", "executions are")).toBe("2 executions are");
  });
});
