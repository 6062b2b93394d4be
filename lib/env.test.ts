import { describe, expect, it } from "vitest";
import { ConfigError, readEnv, wantsEmbeddedDatabase } from "./env";

describe("readEnv", () => {
  it("uses DATABASE_URL when it is set", () => {
    const env = readEnv({ DATABASE_URL: "postgresql://app:secret@db.internal:5432/agent_factory" });
    expect(env.databaseUrl).toBe("postgresql://app:secret@db.internal:5432/agent_factory");
    expect(env.databaseSource).toBe("DATABASE_URL");
  });

  it("builds the URL from POSTGRES_* with the backend's defaults", () => {
    expect(readEnv({ POSTGRES_HOST: "db" }).databaseUrl).toBe("postgresql://agent_factory@db:5432/agent_factory");
    expect(readEnv({ POSTGRES_HOST: "db", POSTGRES_PASSWORD: "p@ss:word", POSTGRES_PORT: "6543", POSTGRES_DB: "af", POSTGRES_USER: "u" }).databaseUrl)
      .toBe("postgresql://u:p%40ss%3Aword@db:6543/af");
  });

  it("says what to do about a SQLite URL, which the old backend allowed", () => {
    expect(() => readEnv({ DATABASE_URL: "sqlite:///./agent_factory.db" })).toThrow(ConfigError);
    expect(() => readEnv({ DATABASE_URL: "sqlite:///./agent_factory.db" })).toThrow(/points at SQLite.*needs PostgreSQL/);
  });

  it("says what to do about a malformed URL or another database", () => {
    expect(() => readEnv({ DATABASE_URL: "not a url" })).toThrow("DATABASE_URL is not a valid URL. Use the form postgresql://user:password@host:5432/database.");
    expect(() => readEnv({ DATABASE_URL: "mysql://u@h/db" })).toThrow(/uses "mysql", but the console needs PostgreSQL/);
    expect(() => readEnv({ DATABASE_URL: "postgresql://u@h:5432" })).toThrow(/names no database/);
    expect(() => readEnv({ POSTGRES_HOST: "db", POSTGRES_PORT: "abc" })).toThrow(/POSTGRES_PORT is not valid: POSTGRES_PORT must be a port number/);
  });

  it("embeds a database only when neither DATABASE_URL nor POSTGRES_HOST is set", () => {
    expect(wantsEmbeddedDatabase({})).toBe(true);
    expect(wantsEmbeddedDatabase({ DATABASE_URL: "postgresql://h/db" })).toBe(false);
    expect(wantsEmbeddedDatabase({ POSTGRES_HOST: "db" })).toBe(false);
    expect(wantsEmbeddedDatabase({ DATABASE_URL: " ", POSTGRES_HOST: "" })).toBe(true);
  });
});
