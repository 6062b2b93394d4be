import { describe, expect, it } from "vitest";
import { navSectionsFor } from "./navigation";

const hrefs = (role: Parameters<typeof navSectionsFor>[0]) => navSectionsFor(role).flatMap((section) => section.items.map((item) => item.href));

describe("navSectionsFor", () => {
  it("shows Staff to admins only", () => {
    expect(hrefs("admin")).toContain("/staff");
    expect(hrefs("support")).not.toContain("/staff");
    expect(hrefs(undefined)).not.toContain("/staff");
  });

  it("drops a section left with no items", () => {
    expect(navSectionsFor("support").map((section) => section.label)).not.toContain("Administration");
    expect(navSectionsFor("admin").map((section) => section.label)).toContain("Administration");
  });

  it("keeps every unrestricted item for every role", () => {
    expect(hrefs("support")).toEqual(hrefs("admin").filter((href) => href !== "/staff"));
  });
});
