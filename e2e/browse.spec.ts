import { randomUUID } from "node:crypto";
import path from "node:path";
import { queryNumber } from "./database";
import { expect, test } from "./fixtures";
import { createTestTenant, query, type TestTenant } from "./list-factory";

// The read-mostly screens: users (admins disable and enable them), executions, projects, agents,
// workflows and usage. Writes happen only on a tenant and user each test makes for itself.

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");

async function createTestUser(tenant: TestTenant): Promise<{ id: string; email: string }> {
  const email = `e2e-user-${randomUUID().slice(0, 8)}@e2e.example`;
  const [row] = await query<{ id: string }>(
    "INSERT INTO users (id, tenant_id, email, name, role, updated_at) VALUES (gen_random_uuid(), $1, $2, 'E2E Person', 'member', now()) RETURNING id::text AS id",
    [tenant.id, email],
  );
  return { id: row!.id, email };
}

test.describe("as admin", () => {
  test.use({ signedInAs: "admin" });

  test("disables and enables a tenant's user, with the reason in the audit trail", async ({ page }) => {
    const tenant = await createTestTenant();
    try {
      const user = await createTestUser(tenant);
      await page.goto(`/users?q=${encodeURIComponent(user.email)}`);
      await page.getByRole("button", { name: `Disable ${user.email}` }).click();
      const dialog = page.getByRole("dialog", { name: "Disable E2E Person?" });
      await dialog.getByLabel("Reason (optional)").fill("Left the company");
      await dialog.getByRole("button", { name: "Disable user" }).click();
      await expect(page.getByRole("button", { name: `Enable ${user.email}` })).toBeVisible();
      await page.screenshot({ path: path.join(SCREENSHOTS, "users.png"), fullPage: true });
      expect((await query<{ is_active: boolean }>("SELECT is_active FROM users WHERE id = $1", [user.id]))[0]!.is_active).toBe(false);
      const [audit] = await query<{ action: string; details: { reason?: string } }>(
        "SELECT action, details FROM audit_logs WHERE resource_id = $1 ORDER BY id DESC LIMIT 1",
        [user.id],
      );
      expect(audit).toMatchObject({ action: "user.disable", details: { reason: "Left the company" } });

      await page.getByRole("button", { name: `Enable ${user.email}` }).click();
      await page.getByRole("dialog", { name: "Enable E2E Person?" }).getByRole("button", { name: "Enable user" }).click();
      await expect(page.getByRole("button", { name: `Disable ${user.email}` })).toBeVisible();
      expect((await query<{ is_active: boolean }>("SELECT is_active FROM users WHERE id = $1", [user.id]))[0]!.is_active).toBe(true);
    } finally {
      await tenant.remove();
    }
  });

  test("lists executions by status as the database holds them, and opens one with its error", async ({ page }) => {
    const failed = await queryNumber("SELECT count(*) AS value FROM executions WHERE status = 'failed'");
    expect(failed).toBeGreaterThan(0);
    await page.goto("/executions?status=failed&size=100");
    const rows = page.getByRole("table", { name: "Executions" }).locator("tbody tr");
    await expect(rows).toHaveCount(Math.min(failed, 100));
    await page.screenshot({ path: path.join(SCREENSHOTS, "executions.png"), fullPage: true });

    await rows.first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/executions\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").pop()!;
    const [execution] = await query<{ error_message: string | null }>("SELECT error_message FROM executions WHERE id = $1", [id]);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (execution!.error_message) await expect(page.getByText(execution!.error_message).first()).toBeVisible();
  });

  test("narrows projects, agents and workflows to one tenant from its link", async ({ page }) => {
    const [tenant] = await query<{ id: string; name: string; agents: number }>(
      "SELECT t.id::text, t.name, count(a.id)::int AS agents FROM tenants t JOIN agents a ON a.tenant_id = t.id GROUP BY t.id ORDER BY count(a.id) DESC LIMIT 1",
    );
    await page.goto(`/agents?tenant=${tenant!.id}&size=100`);
    await expect(page.getByText(`Only ${tenant!.name}`)).toBeVisible();
    await expect(page.getByRole("table", { name: "Agents" }).locator("tbody tr")).toHaveCount(Math.min(tenant!.agents, 100));
    await page.screenshot({ path: path.join(SCREENSHOTS, "agents.png"), fullPage: true });
    for (const list of ["Projects", "Workflows"]) {
      await page.goto(`/${list.toLowerCase()}?tenant=${tenant!.id}`);
      await expect(page.getByRole("heading", { level: 1, name: list })).toBeVisible();
      await expect(page.getByText(`Only ${tenant!.name}`)).toBeVisible();
    }
  });

  test("shows usage per day, the tenants over their limits and every record", async ({ page }) => {
    await page.goto("/usage");
    await expect(page.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Executions per day/ }).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Over their plan’s limits" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Usage records" })).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, "usage.png"), fullPage: true });
  });
});

test.describe("as support", () => {
  test.use({ signedInAs: "support" });

  test("reads users, executions and usage without a way to change anything", async ({ page }) => {
    await page.goto("/users");
    await expect(page.getByRole("table", { name: "Users" }).locator("tbody tr").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^(Disable|Enable) / })).toHaveCount(0);
    await page.goto("/executions");
    await expect(page.getByRole("table", { name: "Executions" }).locator("tbody tr").first()).toBeVisible();
    await page.goto("/usage");
    await expect(page.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();
  });
});
