import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "./content-security-policy";

describe("buildContentSecurityPolicy", () => {
  it("allows scripts only with this request's nonce, and nothing may frame the console", () => {
    const csp = buildContentSecurityPolicy({ nonce: "abc123==", development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123=='; style-src-attr 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp.replace("style-src-attr 'unsafe-inline'", "")).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("adds eval, inline styles and the hot-reload socket only in development", () => {
    const csp = buildContentSecurityPolicy({ nonce: "n", development: true });
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline';");
    expect(csp).toContain("connect-src 'self' ws: wss:");
  });
});

it("createNonce gives 128 random bits, new every time", () => {
  const nonces = new Set(Array.from({ length: 100 }, createNonce));
  expect(nonces.size).toBe(100);
  for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
});
