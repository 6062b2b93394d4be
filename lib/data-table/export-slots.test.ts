import { describe, expect, it } from "vitest";
import { EXPORTS_PER_PERSON, exportLimitFor, tryAcquireExportSlot } from "./export-slots";

describe("export slots", () => {
  it("rations exports per person and per pool, and gives slots back once", () => {
    expect(exportLimitFor(10)).toBe(3);
    expect(exportLimitFor(2)).toBe(1);
    const first = tryAcquireExportSlot("ada", 10);
    const second = tryAcquireExportSlot("ada", 10);
    expect("release" in first && "release" in second).toBe(true);
    expect(tryAcquireExportSlot("ada", 10)).toEqual({ refused: expect.stringContaining(`${EXPORTS_PER_PERSON} exports downloading`) });
    const other = tryAcquireExportSlot("sam", 10);
    expect(tryAcquireExportSlot("kim", 10)).toEqual({ refused: expect.stringContaining("busy with other exports") });
    for (const slot of [first, second, other]) if ("release" in slot) (slot.release(), slot.release());
    const again = tryAcquireExportSlot("kim", 10);
    expect("release" in again).toBe(true);
    if ("release" in again) again.release();
  });
});
