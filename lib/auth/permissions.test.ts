import { describe, expect, it } from "vitest";
import { PERMISSIONS, can, type Permission } from "./permissions";

describe("can", () => {
  const permissions = Object.keys(PERMISSIONS) as Permission[];

  it("lets admins do everything", () => {
    for (const permission of permissions) expect(can("admin", permission), permission).toBe(true);
  });

  it("lets support read, search and export, and change nothing", () => {
    for (const permission of permissions) {
      const readOnly = permission.endsWith(".view") || permission === "audit.search" || permission === "audit.export";
      const expected = readOnly && permission !== "staff.view";
      expect(can("support", permission), permission).toBe(expected);
    }
  });

  it("refuses anonymous callers and unknown roles", () => {
    for (const permission of permissions) {
      expect(can(null, permission)).toBe(false);
      expect(can("owner" as never, permission)).toBe(false);
    }
  });
});
