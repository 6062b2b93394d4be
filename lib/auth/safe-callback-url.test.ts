import { describe, expect, it } from "vitest";
import { loginPathFor, safeCallbackPath } from "./safe-callback-url";

const ORIGIN = "https://console.example.com";

describe("safeCallbackPath", () => {
  it.each([
    ["/", "/"],
    ["/tenants", "/tenants"],
    ["/audit-logs?actor=ada%40example.com&page=2", "/audit-logs?actor=ada%40example.com&page=2"],
    ["/audit-logs?q=https%3A%2F%2Fevil.example", "/audit-logs?q=https%3A%2F%2Fevil.example"],
    ["/usage#top", "/usage#top"],
    ["/tenants/../migrations", "/migrations"],
    ["/search?q=a%20b", "/search?q=a%20b"],
  ])("keeps the same-origin path %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each([
    // Absolute and protocol-relative URLs
    "https://evil.example/",
    "http://evil.example/tenants",
    "//evil.example",
    "//evil.example/tenants",
    "///evil.example",
    "https:evil.example",
    // Backslashes, which browsers treat as slashes
    "\\\\evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "/tenants\\..\\..\\evil",
    // Encoded variants
    "/%2F%2Fevil.example",
    "/%2f%2fevil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%252F%252Fevil.example",
    "/%25252F%25252Fevil.example",
    "/%E0%A4%A",
    // Whitespace and control characters the URL parser would strip
    "/\t/evil.example",
    "/\n/evil.example",
    "/%09/evil.example",
    "/%0A/evil.example",
    " /tenants",
    "/tenants\u0000",
    // Other schemes
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "javascript://%0Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "mailto:someone@example.com",
    // Not a path at all
    "tenants",
    "evil.example",
    "",
    "?next=/tenants",
    "#/tenants",
    // Back to the login page would loop
    "/login",
    "/login?callbackUrl=%2Ftenants",
    `/${"a".repeat(3000)}`,
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it.each([undefined, null, 42, {}, ["/tenants"]])("refuses the non-string %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  describe("with this site's origin", () => {
    it("reduces an absolute URL on exactly this origin to its path", () => {
      expect(safeCallbackPath(`${ORIGIN}/tenants?page=2#x`, ORIGIN)).toBe("/tenants?page=2#x");
      expect(safeCallbackPath(ORIGIN, ORIGIN)).toBe("/");
      expect(safeCallbackPath("/plans", ORIGIN)).toBe("/plans");
    });

    it.each([
      "https://console.example.com.evil.example/tenants",
      "https://evil.example/?https://console.example.com",
      "http://console.example.com/tenants",
      "https://console.example.com:8443/tenants",
      "https://user:pass@console.example.com/tenants",
      "https://console.example.com//evil.example",
      "https://console.example.com/%2F%2Fevil.example",
      "https://console.example.com/login",
      "javascript:alert(1)",
      "//evil.example",
    ])("still refuses %j", (value) => {
      expect(safeCallbackPath(value, ORIGIN)).toBe("/");
    });
  });
});

describe("loginPathFor", () => {
  it("brings people back to where they were, and nowhere else", () => {
    expect(loginPathFor("/tenants?page=2")).toBe("/login?callbackUrl=%2Ftenants%3Fpage%3D2");
    expect(loginPathFor("/")).toBe("/login");
    expect(loginPathFor("//evil.example")).toBe("/login");
  });
});
