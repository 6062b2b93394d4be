import { describe, expect, it } from "vitest";
import { checkOperationsToken, TOKEN_SENTENCES, unauthorizedResponse } from "./status-endpoint";

const TOKEN = "a".repeat(40);

describe("the read-only operations token", () => {
  it("is only looked at when an Authorization header is sent", () => {
    expect(checkOperationsToken(null, TOKEN)).toEqual({ kind: "none" });
    expect(checkOperationsToken("  ", TOKEN)).toEqual({ kind: "none" });
  });

  it("accepts the configured token and refuses anything else with a sentence", () => {
    expect(checkOperationsToken(`Bearer ${TOKEN}`, TOKEN)).toEqual({ kind: "valid" });
    expect(checkOperationsToken(`bearer ${TOKEN}`, TOKEN)).toEqual({ kind: "valid" });
    expect(checkOperationsToken(`Bearer ${TOKEN}x`, TOKEN)).toEqual({ kind: "invalid", sentence: TOKEN_SENTENCES.wrong });
    expect(checkOperationsToken(`Bearer ${TOKEN.slice(1)}`, TOKEN)).toEqual({ kind: "invalid", sentence: TOKEN_SENTENCES.wrong });
    expect(checkOperationsToken(`Basic ${TOKEN}`, TOKEN)).toEqual({ kind: "invalid", sentence: TOKEN_SENTENCES.malformed });
    expect(checkOperationsToken(`Bearer ${TOKEN}`, null)).toEqual({ kind: "invalid", sentence: TOKEN_SENTENCES.notConfigured });
  });

  it("answers a refusal with 401, the sentence and a Bearer challenge", async () => {
    const response = unauthorizedResponse(TOKEN_SENTENCES.wrong);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await response.json()).toEqual({ error: TOKEN_SENTENCES.wrong });
  });
});
