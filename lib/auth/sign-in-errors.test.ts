import { describe, expect, it } from "vitest";
import { requestContextFromHeaders } from "./request-headers";
import { describeSignInError, tooManyAttemptsCode, UNAVAILABLE_CODE, WRONG_CREDENTIALS_CODE } from "./sign-in-errors";

describe("describeSignInError", () => {
  it("turns next-auth's codes into one sentence each, never echoing the URL", () => {
    expect(describeSignInError(WRONG_CREDENTIALS_CODE)).toBe("The email or password is incorrect.");
    expect(describeSignInError(tooManyAttemptsCode(7.2))).toBe("Too many attempts. Try again in 8 minutes.");
    expect(describeSignInError(tooManyAttemptsCode(0.2))).toBe("Too many attempts. Try again in 1 minute.");
    expect(describeSignInError(UNAVAILABLE_CODE)).toMatch(/^Sign-in is not available right now because the database is not reachable\./);
    expect(describeSignInError("<script>alert(1)</script>")).toBe("Sign-in did not work. Try again.");
    expect(describeSignInError("TooManyAttempts-99999")).toBe("Sign-in did not work. Try again.");
    expect(describeSignInError(null)).toBeNull();
  });
});

describe("requestContextFromHeaders", () => {
  it("takes the first hop of X-Forwarded-For, else X-Real-IP, and drops anything that is not an address", () => {
    expect(requestContextFromHeaders(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "user-agent": "Firefox" }))).toEqual({
      ipAddress: "203.0.113.7",
      userAgent: "Firefox",
    });
    expect(requestContextFromHeaders({ "x-real-ip": "2001:db8::1" })).toEqual({ ipAddress: "2001:db8::1", userAgent: null });
    expect(requestContextFromHeaders({ "x-forwarded-for": "::ffff:198.51.100.4" }).ipAddress).toBe("198.51.100.4");
    expect(requestContextFromHeaders({ "x-forwarded-for": "not-an-ip", "x-real-ip": "203.0.113.8" }).ipAddress).toBe("203.0.113.8");
    expect(requestContextFromHeaders({}).ipAddress).toBeNull();
    expect(requestContextFromHeaders({ "user-agent": "x".repeat(600) }).userAgent).toHaveLength(512);
  });
});
