import path from "node:path";
import pg from "pg";
import { ACCOUNTS, expect, test } from "./fixtures";
import { discoverActions } from "./route-inventory";
import { buildMigrationState, consoleStaffDdl, copyStaffAccounts, FOREIGN_MIGRATION, type MigrationState } from "../lib/testing/fixtures/migration-states";
import { readLocalMigrations } from "../lib/migrations/migration-files";
import { defaultProjectPaths } from "../lib/migrations/project-files";
import { runScript } from "../lib/testing/run-command";
import { queryRows } from "../lib/testing/sql";
import type { Page } from "@playwright/test";

// The migrations page in every state. The shared test database stays up to date; every other
// state is built in a database of its own, served by a third `next start` (scripts/e2e.ts), whose
// DATABASE_URL is the only database its page can look at.

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");
const labBaseUrl = process.env.E2E_MIGRATIONS_BASE_URL;
const labDatabaseUrl = process.env.E2E_MIGRATIONS_DATABASE_URL!;
const statusToken = process.env.E2E_MIGRATIONS_STATUS_TOKEN!;
const paths = defaultProjectPaths(path.join(import.meta.dirname, ".."));
const DRIFT_TIMEOUT = { timeout: 45_000 };

const query = <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => queryRows<T>(labDatabaseUrl, sql, values);

/** Builds `state` in the lab database, with the staff accounts the sessions belong to. */
async function prepare(state: MigrationState): Promise<void> {
  await buildMigrationState(labDatabaseUrl, state, paths);
  if (state === "alembic" || state === "alembic_with_rows") {
    // The console cannot sign anyone in without its staff table; the Alembic era had none.
    const client = new pg.Client({ connectionString: labDatabaseUrl });
    await client.connect();
    await client.query(await consoleStaffDdl(paths)).finally(() => client.end());
  }
  await copyStaffAccounts(process.env.E2E_DATABASE_URL!, labDatabaseUrl);
}

async function openMigrations(page: Page): Promise<void> {
  await page.goto("/migrations");
  await expect(page.getByRole("heading", { level: 1, name: "Migrations" })).toBeVisible();
}

/** Waits until the background drift check has finished and the page shows its report. */
async function waitForDrift(page: Page): Promise<void> {
  await expect(page.getByTestId("drift-headline")).toBeVisible(DRIFT_TIMEOUT);
}

const banner = (page: Page) => page.locator("#migrations-summary");
/** The banner shows the service's sentence with its `backticked` names as code. */
const shown = (sentence: string) => sentence.replace(/`/g, "");
const versionRow = (page: Page, name: string) => page.locator(`tr[data-migration="${name}"]`);
async function shoot(page: Page, name: string): Promise<void> {
  // Toasts float over whatever is below them; the screenshot is of the page.
  for (const dismiss of await page.getByTestId("toast").getByRole("button", { name: "Dismiss" }).all()) await dismiss.click();
  // From the top: the shell's sticky header and sidebar would otherwise be drawn mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, `migrations-${name}.png`), fullPage: true });
}

let names: string[] = [];
test.beforeAll(async () => {
  names = (await readLocalMigrations(paths.migrationsDir)).map((m) => m.name);
});

test.describe("on the shared, fully migrated database", () => {
  test.use({ signedInAs: "admin" });

  test("says what db:status says (up to date), finds no drift, and offers nothing to apply", async ({ page }) => {
    // Read from the CLI rather than assumed: in a shared checkout someone may be editing a migration.
    const cli = await runScript(path.join("scripts", "db.ts"), ["status", "--json"], { DATABASE_URL: process.env.E2E_DATABASE_URL! });
    const status = JSON.parse(cli.stdout) as { summary: { code: string; sentence: string } };
    await openMigrations(page);
    await expect(banner(page)).toHaveText(shown(status.summary.sentence));
    await waitForDrift(page);
    if (status.summary.code === "up_to_date") {
      await expect(banner(page)).toHaveText(`Up to date: ${names.length} migrations applied.`);
      await expect(page.getByTestId("drift-headline")).toHaveText(`No drift: the database matches its ${names.length} applied migrations and the Prisma schema.`);
    }
    await expect(page.getByRole("button", { name: /^Apply/ })).toHaveCount(0);
    await versionRow(page, names[0]!).getByRole("button", { name: `Show SQL and details of ${names[0]}` }).click();
    await expect(page.getByLabel(`SQL of ${names[0]}`)).toContainText("CREATE TABLE");
    await shoot(page, "up-to-date");
  });
});

test.describe("on a database of its own", () => {
  test.skip(!labBaseUrl, "E2E_MIGRATIONS_BASE_URL is not set: run `npm run test:e2e`.");
  // One database for every state: these tests take turns, each building the state it needs.
  test.describe.configure({ mode: "default", timeout: 120_000 });
  test.use({ baseURL: labBaseUrl });

  test.describe("as an admin", () => {
    test.use({ signedInAs: "admin" });

    test("the Alembic-era database: the banner, every difference explained with fix SQL and risks, baseline refused, nothing changed", async ({ page }) => {
      await prepare("alembic_with_rows");
      const before = await query(`select table_name, column_name, data_type from information_schema.columns where table_schema = 'public' order by 1, 2`);
      await openMigrations(page);
      await expect(banner(page)).toHaveText("This database is not managed by Prisma yet: it has 9 tables and Alembic revision 001. Check drift, then baseline it.");
      await expect(page.getByRole("button", { name: /^Apply/ })).toHaveCount(0);
      await waitForDrift(page);

      const drift = page.locator("#drift");
      for (const sentence of [
        "Table projects is missing from the database.",
        "Table plans is missing from the database.",
        "Table subscriptions is missing from the database.",
        "Table usage_records is missing from the database.",
        "executions.type exists in the database but the schema calls it execution_type",
        "executions.result exists in the database but the schema calls it output_data",
        "Column workflows.description (text) exists in the database but not in the schema.",
        "Column agents.config (json) exists in the database but not in the schema.",
        "audit_logs.metadata exists in the database but the schema calls it details",
        "audit_logs.id is uuid in the database but bigint in the schema.",
        "Column audit_logs.ip_address (inet) is missing from the database.",
        "agents.user_id exists in the database but the schema calls it created_by.",
        "Column blueprints.pricing_model",
      ]) {
        await expect(drift).toContainText(sentence);
      }
      await expect(drift).toContainText('ALTER TABLE "executions" RENAME COLUMN "type" TO "execution_type";');
      await expect(drift.locator('details[data-table="executions"] [data-risk="destructive"]')).toContainText("Drops executions.result, executions.type");
      await expect(drift).toContainText("alembic_version: the schema leaves these alone");
      const baseline = page.locator("#baseline");
      await expect(baseline.getByRole("alert")).toContainText("Baseline refused: No run of migrations produces this database's schema, so none can be marked applied.");
      await expect(baseline.getByRole("button", { name: /as applied/ })).toHaveCount(0);

      const executions = drift.locator('details[data-table="executions"]');
      await executions.locator("summary").click();
      await executions.screenshot({ path: path.join(SCREENSHOTS, "migrations-alembic-executions.png") });
      await shoot(page, "alembic");
      expect(await query(`select table_name, column_name, data_type from information_schema.columns where table_schema = 'public' order by 1, 2`)).toEqual(before);
      expect(await query(`select to_regclass('public._prisma_migrations') as t`)).toEqual([{ t: null }]);
    });

    test("a database whose tables match the migrations: the evidence, then one audited baseline", async ({ page }) => {
      await prepare("baseline_ready");
      await openMigrations(page);
      await expect(banner(page)).toContainText("This database is not managed by Prisma yet: it has");
      const baseline = page.locator("#baseline");
      await expect(baseline).toContainText(`Replaying ${names.join(", ")} into an empty database gives exactly the live schema`, DRIFT_TIMEOUT);
      await expect(baseline).toContainText(`After ${names.at(-1)}: no differences.`);
      await shoot(page, "baseline");

      await baseline.getByRole("button", { name: `Mark ${names.length} migrations as applied…` }).click();
      const dialog = page.getByRole("dialog", { name: /^Baseline / });
      await dialog.getByRole("button", { name: `Record ${names.length} migrations as applied` }).click();
      await expect(page.getByTestId("toast")).toContainText(`Baselined: ${names.length} migrations recorded as applied, without running them.`);
      await expect(banner(page)).toHaveText(`Up to date: ${names.length} migrations applied.`);

      const rows = await query<{ migration_name: string; applied_steps_count: number }>(`select migration_name, applied_steps_count from _prisma_migrations where finished_at is not null order by migration_name`);
      expect(rows).toEqual(names.map((name) => ({ migration_name: name, applied_steps_count: 0 })));
      const audit = await query<{ actor_email: string; details: { migrations: string[] } }>(`select actor_email, details from audit_logs where action = 'migration.baseline'`);
      expect(audit).toEqual([{ actor_email: ACCOUNTS.admin.email, details: expect.objectContaining({ migrations: names }) }]);
      await expect(versionRow(page, names[0]!)).toContainText(`${ACCOUNTS.admin.email} (baselined)`);
    });

    test("a pending migration, applied from the page with the database name typed: progress, rows and audit trail", async ({ page }) => {
      await prepare("pending");
      const last = names.at(-1)!;
      const databaseName = new URL(labDatabaseUrl).pathname.slice(1);
      await openMigrations(page);
      await expect(banner(page)).toHaveText(shown("1 migration pending. Run `npm run db:migrate`."));
      await expect(versionRow(page, last)).toContainText("Pending");
      await waitForDrift(page);
      await shoot(page, "pending");

      await page.getByRole("button", { name: "Apply 1 migration…" }).click();
      const dialog = page.getByRole("dialog", { name: `Apply to ${databaseName}?` });
      await expect(dialog.getByRole("listitem")).toHaveText([`1. ${last}`]);
      await dialog.getByLabel(`Type ${databaseName} to confirm`).fill("agent_factory");
      await dialog.getByRole("button", { name: "Apply 1 migration" }).click();
      await expect(dialog.getByText(`Type ${databaseName}, the name of this database, to confirm.`).first()).toBeVisible();
      expect(await query(`select 1 from _prisma_migrations where migration_name = $1`, [last])).toEqual([]);

      await dialog.getByLabel(`Type ${databaseName} to confirm`).fill(databaseName);
      await dialog.getByRole("button", { name: "Apply 1 migration" }).click();
      const progress = page.getByRole("status", { name: "Apply progress" });
      await expect(progress).toContainText("Applied 1 migration.", DRIFT_TIMEOUT);
      await expect(progress.locator(`[data-step="applied"]`)).toContainText(last);
      await expect(banner(page)).toHaveText(`Up to date: ${names.length} migrations applied.`);
      await expect(versionRow(page, last)).toContainText(`${ACCOUNTS.admin.email} (applied)`);
      await waitForDrift(page);
      await shoot(page, "applied");

      const [row] = await query<{ finished: boolean; logs: string | null }>(`select finished_at is not null as finished, logs from _prisma_migrations where migration_name = $1`, [last]);
      expect(row).toEqual({ finished: true, logs: null });
      const audit = await query<{ actor_email: string; resource_id: string; details: Record<string, unknown> }>(
        `select actor_email, resource_id, details from audit_logs where action = 'migration.apply'`,
      );
      expect(audit).toEqual([{ actor_email: ACCOUNTS.admin.email, resource_id: last, details: expect.objectContaining({ outcome: "applied", migration: last }) }]);
    });

    test("while another session holds the migration lock, the page names it and apply is refused", async ({ page }) => {
      await prepare("pending");
      const holder = new pg.Client({ connectionString: labDatabaseUrl, application_name: "e2e-deploy-pipeline" });
      await holder.connect();
      try {
        await holder.query(`select pg_advisory_lock(72707369)`);
        const [{ pid }] = (await holder.query<{ pid: number }>(`select pg_backend_pid() as pid`)).rows as [{ pid: number }];
        await openMigrations(page);
        await expect(page.getByRole("alert").filter({ hasText: "Prisma's migration lock is held by" })).toContainText(`process ${pid} (e2e-deploy-pipeline, user postgres`);
        await waitForDrift(page);
        await shoot(page, "lock-held");
        await page.getByRole("button", { name: "Apply 1 migration…" }).click();
        const dialog = page.getByRole("dialog");
        await dialog.getByLabel(/^Type .* to confirm$/).fill(new URL(labDatabaseUrl).pathname.slice(1));
        await dialog.getByRole("button", { name: "Apply 1 migration" }).click();
        await expect(dialog.getByRole("alert")).toContainText(`Migrations are being changed right now: the lock is held by process ${pid} (e2e-deploy-pipeline`);
      } finally {
        await holder.end();
      }
      expect(await query(`select 1 from _prisma_migrations where migration_name = $1`, [names.at(-1)])).toEqual([]);
    });

    test("a failed migration: its logs, and resolving it as rolled back from the page, audited", async ({ page }) => {
      await prepare("failed");
      const last = names.at(-1)!;
      await openMigrations(page);
      await expect(banner(page)).toHaveText(`Migration ${last} failed: deploys are blocked until it is resolved.`);
      await expect(page.getByLabel(`Logs of ${last}`)).toContainText("Database error: canceling statement due to lock timeout");
      await waitForDrift(page);
      await shoot(page, "failed");

      await page.getByRole("button", { name: `Resolve… ${last}` }).click();
      const dialog = page.getByRole("dialog", { name: `Resolve ${last}` });
      await expect(dialog.getByRole("radio", { name: /^Rolled back/ })).toBeChecked();
      await dialog.getByRole("button", { name: "Mark rolled back" }).click();
      await expect(page.getByTestId("toast")).toContainText(`${last} is marked rolled back: the next apply runs it again.`);
      await expect(banner(page)).toHaveText(shown("1 migration pending. Run `npm run db:migrate`."));
      await expect(versionRow(page, last)).toContainText("Rolled back");
      await shoot(page, "rolled-back");

      const [row] = await query<{ rolled_back: boolean }>(`select rolled_back_at is not null as rolled_back from _prisma_migrations where migration_name = $1`, [last]);
      expect(row).toEqual({ rolled_back: true });
      expect(await query(`select actor_email, resource_id from audit_logs where action = 'migration.resolve'`)).toEqual([{ actor_email: ACCOUNTS.admin.email, resource_id: last }]);
    });

    test("drift made by hand: each difference in a sentence, fix SQL flagged destructive, blocking and safe, re-run on request", async ({ page }) => {
      await prepare("drift");
      await openMigrations(page);
      await expect(banner(page)).toHaveText(`Up to date: ${names.length} migrations applied.`);
      await waitForDrift(page);
      const drift = page.locator("#drift");
      await expect(page.getByTestId("drift-headline")).toHaveText(/^Drift: the database has 4 differences from its applied migrations \(changes made outside migrations\), and 4 differences from the Prisma schema/);
      await expect(drift).toContainText("Column tenants.region (text) exists in the database but not in the schema.");
      await expect(drift).toContainText("projects.name allows NULL in the database but the schema requires a value.");
      await expect(drift).toContainText("Index on (created_at) on tenants is missing from the database.");
      await expect(drift.locator('[data-risk="destructive"]').first()).toContainText("Drops tenants.region, which holds data.");
      await expect(drift.locator('[data-risk="destructive"]').first()).toContainText("1 row live");
      await expect(drift.locator('[data-risk="blocking"]').first()).toContainText("Makes a column of projects required: it scans 1 row under a lock");
      await expect(drift.locator('[data-risk="safe"]').first()).toBeVisible();
      await shoot(page, "drift");

      const checkedAt = await drift.getAttribute("data-checked-at");
      await page.getByRole("button", { name: "Re-run check" }).click();
      await expect(drift).not.toHaveAttribute("data-checked-at", checkedAt!, DRIFT_TIMEOUT);
      await expect(drift).not.toHaveAttribute("data-checked-at", "", DRIFT_TIMEOUT);
      await waitForDrift(page);
    });

    test("an edited migration shows what changed since it was applied; one only the database knows is named", async ({ page }) => {
      await prepare("edited");
      const last = names.at(-1)!;
      await openMigrations(page);
      await expect(banner(page)).toHaveText(`1 migration changed after being applied: ${last}. Restore the applied text and put the change in a new migration.`);
      const diff = page.getByRole("group", { name: `Changes to ${last} since it was applied` });
      await expect(diff.locator('[data-diff="removed"]')).toHaveText([/-- Reviewed for the first deploy\./]);
      await waitForDrift(page);
      await shoot(page, "edited");

      await prepare("missing_locally");
      await openMigrations(page);
      await expect(banner(page)).toHaveText(`The database has 1 migration that this checkout does not: ${FOREIGN_MIGRATION}. Pull the latest code before migrating.`);
      await expect(versionRow(page, FOREIGN_MIGRATION)).toContainText("Not in this checkout");
      await versionRow(page, FOREIGN_MIGRATION).getByRole("button", { name: `Show SQL and details of ${FOREIGN_MIGRATION}` }).click();
      await expect(page.getByLabel(`SQL of ${FOREIGN_MIGRATION}`)).toContainText('ALTER TABLE "tenants" ADD COLUMN "region"');
      await waitForDrift(page);
      await shoot(page, "missing-locally");
    });

    test("GET /api/migrations/status is what db:status --json prints, for a session or the operations token", async ({ page, playwright }) => {
      await prepare("failed");
      const cli = await runScript(path.join("scripts", "db.ts"), ["status", "--json"], { DATABASE_URL: labDatabaseUrl });
      expect(cli.code).toBe(2);

      const withSession = await page.request.get("/api/migrations/status");
      expect(withSession.status()).toBe(200);
      expect(await withSession.text()).toBe(cli.stdout);

      const anonymous = await playwright.request.newContext({ baseURL: labBaseUrl, storageState: { cookies: [], origins: [] } });
      try {
        const withToken = await anonymous.get("/api/migrations/status", { headers: { Authorization: `Bearer ${statusToken}` } });
        expect(withToken.status()).toBe(200);
        expect(withToken.headers()["cache-control"]).toContain("no-store");
        expect(await withToken.text()).toBe(cli.stdout);

        const wrong = await anonymous.get("/api/migrations/status", { headers: { Authorization: `Bearer ${statusToken.slice(0, -1)}x` } });
        expect(wrong.status()).toBe(401);
        expect(await wrong.json()).toEqual({ error: expect.stringMatching(/^The operations token is not valid\./) });

        const nobody = await anonymous.get("/api/migrations/status");
        expect(nobody.status()).toBe(401);
        expect(await nobody.json()).toEqual({ error: "Sign in to use this." });
      } finally {
        await anonymous.dispose();
      }
    });
  });

  test.describe("as support", () => {
    test.use({ signedInAs: "support" });

    test("sees the page read-only, and the server refuses the actions with 403 and writes nothing", async ({ page }) => {
      await prepare("failed");
      const last = names.at(-1)!;
      await openMigrations(page);
      await expect(banner(page)).toHaveText(`Migration ${last} failed: deploys are blocked until it is resolved.`);
      await expect(page.getByText("You can read everything here. Only admins can apply, baseline or resolve migrations.")).toBeVisible();
      await expect(page.getByRole("button", { name: /^Apply|^Retry|^Resolve/ })).toHaveCount(0);
      await waitForDrift(page);
      await shoot(page, "support");

      const before = await query(`select id, finished_at, rolled_back_at from _prisma_migrations order by id`);
      const actions = (await discoverActions()).filter((action) => ["applyMigrationsAction", "baselineDatabaseAction", "resolveMigrationAction"].includes(action.name));
      expect(actions.map((action) => action.name).sort()).toEqual(["applyMigrationsAction", "baselineDatabaseAction", "resolveMigrationAction"]);
      const inputs: Record<string, unknown> = {
        applyMigrationsAction: { expectedMigrations: [last], acknowledgeFailed: true, acknowledgeDrift: true, confirmDatabaseName: new URL(labDatabaseUrl).pathname.slice(1) },
        baselineDatabaseAction: { migrations: names, confirm: true },
        resolveMigrationAction: { name: last, resolution: "applied" },
      };
      for (const action of actions) {
        const response = await page.request.post("/migrations", {
          headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: labBaseUrl! },
          data: JSON.stringify([inputs[action.name]]),
          maxRedirects: 0,
        });
        expect(response.status(), action.name).toBe(403);
      }
      expect(await query(`select id, finished_at, rolled_back_at from _prisma_migrations order by id`)).toEqual(before);
      expect(await query(`select action from audit_logs where action not like 'auth.%'`)).toEqual([]);
      expect((await query<{ n: string }>(`select count(*) as n from audit_logs where action = 'auth.denied'`))[0]!.n).not.toBe("0");
    });
  });
});
