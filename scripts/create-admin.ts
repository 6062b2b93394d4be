import { parseArgs } from "node:util";
import { createOrPromoteAdmin, CreateAdminError, parseAdminEmail } from "../lib/auth/create-admin";
import { colour, redactUrl } from "../lib/cli/terminal";
import { promptHidden } from "../lib/cli/prompt-hidden";
import { createPrismaClient } from "../lib/db";
import { openDevDatabase } from "../lib/embedded-db/dev-database";
import { ConfigError, readCreateAdminPassword, readEnv, wantsEmbeddedDatabase } from "../lib/env";
import { describeDatabaseError } from "../lib/errors/describe-database-error";
import { checkPasswordPolicy } from "../lib/auth/password";

// npm run create-admin -- --email name@example.com [--name "Full Name"]
// Creates an admin, or makes an existing account an enabled admin with a new password. The password
// is typed twice at a terminal, or read from CREATE_ADMIN_PASSWORD where nobody can type (CI).

const HELP = `Usage: npm run create-admin -- --email name@example.com [--name "Full Name"]

Creates an admin account, or makes an existing account an enabled admin with a new password (its
sessions end). The password is asked for twice, hidden; in CI, set CREATE_ADMIN_PASSWORD instead.
The database is DATABASE_URL (or POSTGRES_*), or the embedded development database.`;

async function readPassword(): Promise<string> {
  const fromEnv = readCreateAdminPassword();
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new CreateAdminError("No password given: run this in a terminal to type it, or set CREATE_ADMIN_PASSWORD.");
  }
  for (;;) {
    const first = await promptHidden("Password (12 to 128 characters): ");
    const problem = checkPasswordPolicy(first);
    if (problem) {
      console.log(colour.yellow(`  ${problem}`));
      continue;
    }
    if ((await promptHidden("Same password again: ")) === first) return first;
    console.log(colour.yellow("  The two passwords differ. Try again."));
  }
}

async function resolveTarget(): Promise<{ url: string; label: string; close: () => Promise<void> }> {
  if (wantsEmbeddedDatabase()) {
    const dev = await openDevDatabase();
    return { url: dev.url, label: "the embedded development database", close: dev.close };
  }
  const { databaseUrl } = readEnv();
  return { url: databaseUrl, label: redactUrl(databaseUrl), close: async () => undefined };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const email = parseAdminEmail(values.email);
  readEnv();
  const password = await readPassword();
  const target = await resolveTarget();
  const prisma = createPrismaClient({ databaseUrl: target.url, poolMax: 1 });
  try {
    const outcome = await createOrPromoteAdmin(prisma, { email, name: values.name, password });
    const what = { created: "Created the admin", promoted: "Made an enabled admin of", updated: "Set a new password for the admin" }[outcome.action];
    console.log(colour.green(`✔ ${what} ${outcome.email} (${outcome.name}) in ${target.label}.`));
    if (outcome.action !== "created") console.log(colour.dim("  Their existing sessions have ended."));
    return 0;
  } finally {
    await prisma.$disconnect();
    await target.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const known = error instanceof CreateAdminError || error instanceof ConfigError;
    const problem = describeDatabaseError(error);
    const sentence = known ? (error as Error).message : problem.code === "unknown" ? (error as Error).message : problem.sentence;
    console.error(colour.red(`✖ ${sentence}`));
    process.exit(1);
  });
