import { describe, expect, it } from "vitest";
import { removeTerm, setTerm } from "./edit-query";
import { formatQuery } from "./format-query";
import { parseAuditQuery } from "./parse-audit-query";

function canonical(input: string): string {
  const parsed = parseAuditQuery(input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return formatQuery(parsed.query);
}

describe("formatQuery", () => {
  it("prints the canonical text: field names lower-cased, quotes only where needed", () => {
    expect(canonical(`TENANT:acme  "key"  "key revoked" -"-x" "10:30" "a:b" action:"api_key.*" details.note:"" ip:10.0.0.0/8`)).toBe(
      `tenant:acme key "key revoked" -"-x" 10:30 "a:b" action:api_key.* details.note:"" ip:10.0.0.0/8`,
    );
  });

  it("escapes quotes and backslashes inside quoted values", () => {
    expect(canonical(String.raw`"say \"hi\" \\ now" user:"a b\"c"`)).toBe(String.raw`"say \"hi\" \\ now" user:"a b\"c"`);
  });

  it("keeps times as the user wrote them, and relative times in their short form", () => {
    expect(canonical(`after:-024H before:"2026-11-28 14:00" after:Now`)).toBe(`after:-24h before:"2026-11-28 14:00" after:now`);
  });
});

describe("setTerm", () => {
  it("adds the term at the end when the field is absent", () => {
    expect(setTerm("", "after", "-24h")).toBe("after:-24h");
    expect(setTerm(`key  "key revoked"`, "tenant", "acme")).toBe(`key "key revoked" tenant:acme`);
  });

  it("replaces the first term on the field in place and drops the others, keeping exclusions", () => {
    expect(setTerm("tenant:a key -tenant:b tenant:c", "tenant", "acme")).toBe("tenant:acme key -tenant:b");
    expect(setTerm("Tenant:a key", "tenant", "acme")).toBe("tenant:acme key");
  });

  it("quotes values that need it", () => {
    expect(setTerm("key", "before", "2026-11-28 14:00")).toBe(`key before:"2026-11-28 14:00"`);
    expect(setTerm("key", "details.reason", 'say "hi"')).toBe(String.raw`key details.reason:"say \"hi\""`);
  });

  it("matches details fields by their exact path", () => {
    expect(setTerm("details.a:1 details.A:2 details.a.b:3", "details.a", "9")).toBe("details.a:9 details.A:2 details.a.b:3");
  });

  it("keeps terms it does not understand exactly as typed, so it works on text that does not parse", () => {
    expect(setTerm(`tenat:x ip:nope  tenant:a`, "tenant", "acme")).toBe("tenat:x ip:nope tenant:acme");
  });

  it("puts a new term before an unclosed quote rather than inside it", () => {
    expect(setTerm(`key "key revo`, "after", "-7d")).toBe(`key after:-7d "key revo`);
  });
});

describe("removeTerm", () => {
  it("removes every positive term on the field and keeps the rest", () => {
    expect(removeTerm("after:-24h key after:-7d -after:-1h", "after")).toBe("key -after:-1h");
    expect(removeTerm("key", "tenant")).toBe("key");
    expect(removeTerm("", "tenant")).toBe("");
  });
});
