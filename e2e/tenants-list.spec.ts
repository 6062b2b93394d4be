import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_ADMIN } from "../lib/auth/demo-staff";
import { queryNumber } from "./database";
import { expect, signInThroughApi, test } from "./fixtures";
import { createTestTenant, query } from "./list-factory";
import { createTestStaff } from "./staff-factory";

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");
// Demo tenants only: tests that create tenants name them "E2E …", so counts here stay stable.
const LEGAL_ACTIVE = "SELECT count(*) AS value FROM tenants WHERE status = 'active' AND (name ILIKE '%Legal%' OR slug ILIKE '%Legal%' OR billing_email ILIKE '%Legal%')";

test.describe("the tenants list as admin", () => {
  test.use({ signedInAs: "admin" });

  test("filters, sorts and pages through the URL, and a reload shows the same view", async ({ page }) => {
    await page.goto("/tenants");
    await expect(page.getByRole("heading", { level: 1, name: "Tenants" })).toBeVisible();
    // Other tests add and remove tenants meanwhile, so counts are checked on demo rows only below.
    await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(/of [\d,]+ tenants/);

    await page.getByRole("button", { name: "Filter by status" }).click();
    // The facet shows a count next to each value.
    await expect(page.getByRole("dialog", { name: "Filter by status" }).getByRole("checkbox", { name: /^Active/ })).toBeVisible();
    await page.getByRole("checkbox", { name: /^Active/ }).check();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/[?&]status=active/);

    await page.getByRole("searchbox", { name: "Search" }).fill("Legal");
    await page.getByRole("searchbox", { name: "Search" }).press("Enter");
    await expect(page).toHaveURL(/[?&]q=Legal/);
    const legalActive = await queryNumber(LEGAL_ACTIVE);
    expect(legalActive).toBeGreaterThan(0);
    await expect(page.getByRole("table", { name: "Tenants" }).locator("tbody tr")).toHaveCount(legalActive);

    await page.getByRole("button", { name: "Monthly revenue", exact: true }).click();
    await expect(page).toHaveURL(/[?&]sort=mrr/);
    await expect(page.getByRole("columnheader", { name: /Monthly revenue/ })).toHaveAttribute("aria-sort", "ascending");

    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByRole("table", { name: "Tenants" }).locator("tbody tr")).toHaveCount(legalActive);
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("Legal");
    await page.screenshot({ path: path.join(SCREENSHOTS, "tenants.png"), fullPage: true });

    // A row links to its tenant.
    const firstName = await page.getByRole("table", { name: "Tenants" }).locator("tbody tr").first().getByRole("link").first().textContent();
    expect(firstName).toBeTruthy();
  });

  test("a hand-edited URL gets sentences, never an error page", async ({ page }) => {
    await page.goto("/tenants?page=-1&sort=password&status=deleted&size=9999");
    const alert = page.getByRole("alert", { name: "Problems with this address" });
    await expect(alert).toContainText('"-1" is not a page number');
    await expect(alert).toContainText('cannot be sorted by "password"');
    await expect(alert).toContainText('Status has no value "deleted"');
    await expect(page.getByRole("table", { name: "Tenants" }).locator("tbody tr").first()).toBeVisible();
  });

  test("exports every filtered row as CSV, escaped, and audits the export", async ({ page }) => {
    const formula = await createTestTenant({ name: "=HYPERLINK(\"http://evil.example\",\"E2E click\")", status: "active" });
    try {
      await page.goto(`/tenants?status=active&q=${encodeURIComponent("Legal")}`);
      const downloadPromise = page.waitForEvent("download");
      await page.getByRole("link", { name: "Export CSV" }).click();
      const download = await downloadPromise;
      expect(download.suggestedFilename()).toMatch(/^tenants-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile((await download.path())!, "utf8");
      const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
      expect(lines[0]).toBe("id,name,slug,status,billing_email,plan,subscription_status,monthly_revenue,currency,users,created_at");
      expect(lines.length - 1).toBe(await queryNumber(LEGAL_ACTIVE));
      const [audit] = await query<{ details: { rowCount: number; query: string; completed: boolean } }>(
        "SELECT details FROM audit_logs WHERE action = 'export.csv' AND actor_email = $1 ORDER BY id DESC LIMIT 1",
        [DEMO_ADMIN.email],
      );
      expect(audit!.details).toMatchObject({ rowCount: lines.length - 1, completed: true, query: "q=Legal&status=active" });

      // A name a spreadsheet would run as a formula arrives as text.
      await page.goto(`/tenants?q=${encodeURIComponent("E2E click")}`);
      const formulaDownload = page.waitForEvent("download");
      await page.getByRole("link", { name: "Export CSV" }).click();
      const formulaCsv = await readFile((await (await formulaDownload).path())!, "utf8");
      expect(formulaCsv).toContain(`,"'=HYPERLINK(""http://evil.example"",""E2E click"")",`);
      expect(formulaCsv).not.toMatch(/,"?=HYPERLINK/);
    } finally {
      await formula.remove();
    }
  });
});

test("support sees the tenants list and can export it", async ({ page }) => {
  await page.context().clearCookies();
  test.info().annotations.push({ type: "role", description: "support" });
  const staff = await createTestStaff("support");
  try {
    const statePath = test.info().outputPath("support-state.json");
    await signInThroughApi(page.context().browser()!, { email: staff.email, password: staff.password, name: staff.name, role: staff.role }, statePath);
    const context = await page.context().browser()!.newContext({ baseURL: process.env.E2E_BASE_URL, storageState: statePath });
    const supportPage = await context.newPage();
    await supportPage.goto("/tenants");
    await expect(supportPage.getByRole("table", { name: "Tenants" }).locator("tbody tr").first()).toBeVisible();
    await expect(supportPage.getByRole("link", { name: "Export CSV" })).toBeVisible();

    // Hiding a column is remembered for this person: the next visit without hide= keeps it hidden.
    await supportPage.getByRole("button", { name: "Choose columns" }).click();
    await supportPage.getByRole("checkbox", { name: "Users" }).uncheck();
    await expect(supportPage).toHaveURL(/[?&]hide=users/);
    await expect(supportPage.getByRole("columnheader", { name: /^Users/ })).toHaveCount(0);
    await expect
      .poll(async () => (await query<{ p: unknown }>("SELECT table_preferences AS p FROM console_staff WHERE id = $1", [staff.id]))[0]!.p)
      .toEqual({ tenants: { hidden: ["users"] } });
    await supportPage.goto("/tenants");
    await expect(supportPage.getByRole("columnheader", { name: /^Slug/ })).toBeVisible();
    await expect(supportPage.getByRole("columnheader", { name: /^Users/ })).toHaveCount(0);
    await context.close();
  } finally {
    await staff.remove();
  }
});
