import { describe, expect, it } from "vitest";
import { MAX_SEARCHES_IN_FLIGHT, searchesInFlight, tryAcquireSearchSlot } from "./search-slots";

describe("search slots", () => {
  it("lets each person run N searches at once, counts releases once, and keeps people apart", () => {
    const releases = Array.from({ length: MAX_SEARCHES_IN_FLIGHT }, () => tryAcquireSearchSlot("ada"));
    expect(releases.every(Boolean)).toBe(true);
    expect(tryAcquireSearchSlot("ada")).toBeNull();
    expect(tryAcquireSearchSlot("grace")).not.toBeNull();
    releases[0]!();
    releases[0]!();
    expect(searchesInFlight("ada")).toBe(MAX_SEARCHES_IN_FLIGHT - 1);
    const again = tryAcquireSearchSlot("ada");
    expect(again).not.toBeNull();
    expect(tryAcquireSearchSlot("ada")).toBeNull();
    for (const release of [...releases.slice(1), again]) release!();
    expect(searchesInFlight("ada")).toBe(0);
  });
});
