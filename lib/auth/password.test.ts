import { describe, expect, it } from "vitest";
import { checkPasswordPolicy, hashPassword, verifyAgainstDummy, verifyPassword } from "./password";

describe("passwords", () => {
  it("hashes with scrypt at OWASP's cost and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", hash)).toBe(false);
    expect(await hashPassword("correct horse battery staple")).not.toBe(hash);
  });

  it("accepts 12 to 128 characters, counting characters rather than bytes", () => {
    expect(checkPasswordPolicy("short")).toBe("Use at least 12 characters.");
    expect(checkPasswordPolicy("a".repeat(12))).toBeNull();
    expect(checkPasswordPolicy("ü".repeat(64))).toBeNull();
    expect(checkPasswordPolicy("a".repeat(129))).toBe("Use at most 128 characters.");
    expect(checkPasswordPolicy(" leading-space-password")).toBe("Remove the spaces at the start or end.");
  });

  it("spends as long on an unknown account as on a real one", async () => {
    const hash = await hashPassword("a real password here");
    const time = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    await verifyAgainstDummy("warm up the dummy hash");
    const real = await time(() => verifyPassword("wrong password here", hash));
    const dummy = await time(() => verifyAgainstDummy("wrong password here"));
    expect(dummy / real).toBeGreaterThan(0.5);
    expect(dummy / real).toBeLessThan(2);
  });
});
