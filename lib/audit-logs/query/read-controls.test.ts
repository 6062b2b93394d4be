import { describe, expect, it } from "vitest";
import { addTermValue, readControls, removeTermValue } from "./read-controls";

describe("readControls", () => {
  it("reads a preset, the tenant, the actor and the facet values", () => {
    expect(readControls(`tenant:acme after:-24h action:user.login action:api_key.* resource:api_key user:ada@acme.test -tenant:globex`)).toEqual({
      time: { kind: "preset", after: "-24h" },
      tenant: "acme",
      user: "ada@acme.test",
      actions: ["user.login", "api_key.*"],
      resources: ["api_key"],
    });
  });

  it("calls any other time terms custom, and none all time", () => {
    expect(readControls("after:2026-11-20 before:2026-11-21").time).toEqual({ kind: "custom", after: "2026-11-20", before: "2026-11-21" });
    expect(readControls("after:-24h before:-1h").time).toEqual({ kind: "custom", after: "-24h", before: "-1h" });
    expect(readControls("after:-2h").time).toEqual({ kind: "custom", after: "-2h", before: null });
    expect(readControls("revoked").time).toEqual({ kind: "all" });
  });
});

describe("addTermValue and removeTermValue", () => {
  it("add beside the other terms and remove only that value", () => {
    const one = addTermValue("revoked", "action", "api_key.revoked");
    expect(one).toBe("revoked action:api_key.revoked");
    const two = addTermValue(one, "action", "user.login");
    expect(removeTermValue(two, "action", "api_key.revoked")).toBe("revoked action:user.login");
    expect(addTermValue("", "resource", "api key")).toBe('resource:"api key"');
    expect(addTermValue('"open quote', "action", "x")).toBe('action:x "open quote');
    expect(removeTermValue("-action:x action:x", "action", "x")).toBe("-action:x");
  });
});
