import { readdir } from "node:fs/promises";
import path from "node:path";
import { queryNumber } from "./database";
import { expect, test } from "./fixtures";

const SECTIONS = [
  { label: "Overview", path: "/" },
  { label: "Tenants", path: "/tenants" },
  { label: "Plans", path: "/plans" },
  { label: "Subscriptions", path: "/subscriptions" },
  { label: "Usage", path: "/usage" },
  { label: "API keys", path: "/api-keys" },
  { label: "Blueprints", path: "/blueprints" },
  { label: "Audit logs", path: "/audit-logs" },
  { label: "Migrations", path: "/migrations" },
];
const ADMIN_SECTIONS = [...SECTIONS, { label: "Staff", path: "/staff" }];

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");

test.use({ signedInAs: "admin" });
const formatCount = (value: number) => new Intl.NumberFormat("en-US").format(value);

test("the shell lists the nine sections and Staff for an admin, and navigates between them", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Primary" });
  await expect(nav.getByRole("link")).toHaveText(ADMIN_SECTIONS.map((section) => section.label));

  for (const section of ADMIN_SECTIONS) {
    const link = nav.getByRole("link", { name: section.label, exact: true });
    await link.click();
    await expect(page).toHaveURL(section.path);
    await expect(page.getByRole("heading", { level: 1, name: section.label })).toBeVisible();
    await expect(link).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(page.getByRole("banner")).toContainText(section.label);
  }
});

test.describe("as support", () => {
  // Chromium reports the refused page's 403 response itself as a console error.
  test.use({ signedInAs: "support", expectedConsoleErrors: [/status of 403/] });

  test("the shell lists the nine sections and no staff management", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Primary" });
    await expect(nav.getByRole("link")).toHaveText(SECTIONS.map((section) => section.label));
    const response = await page.goto("/staff");
    expect(response?.status()).toBe(403);
  });
});

test("placeholder sections say plainly that they are not built yet", async ({ page }) => {
  await page.goto("/tenants");
  await expect(page.getByRole("heading", { name: "This page is not built yet" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("the overview shows the figures that are in the database", async ({ page }) => {
  const [tenants, activeSubscriptions, executions, auditEvents] = await Promise.all([
    queryNumber("select count(*) as value from tenants"),
    queryNumber("select count(*) as value from subscriptions where status = 'active'"),
    queryNumber("select count(*) as value from executions where created_at >= now() - interval '24 hours'"),
    queryNumber("select count(*) as value from audit_logs where created_at >= now() - interval '24 hours'"),
  ]);
  await page.goto("/");

  await expect(page.getByRole("group", { name: "Tenants" })).toContainText(formatCount(tenants));
  await expect(page.getByRole("group", { name: "Active subscriptions" })).toContainText(formatCount(activeSubscriptions));
  await expect(page.getByRole("group", { name: "Executions" })).toContainText(formatCount(executions));
  await expect(page.getByRole("group", { name: "Audit events" })).toContainText(formatCount(auditEvents));
  await expect(page.getByText(/^Up to date: \d+ migrations? applied\.$/)).toBeVisible();

  await page.getByRole("link", { name: "View migrations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Migrations" })).toBeVisible();
});

test("the migrations page lists every migration in prisma/migrations as applied", async ({ page }) => {
  const entries = await readdir(path.join(import.meta.dirname, "..", "prisma", "migrations"), { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  await page.goto("/migrations");

  const rows = page.getByRole("table", { name: "Migrations" }).locator("tbody tr");
  await expect(rows).toHaveCount(names.length);
  for (const [index, name] of names.entries()) {
    await expect(rows.nth(index)).toContainText(name);
    await expect(rows.nth(index)).toContainText("Applied");
  }
});

test("GET /api/health reports a reachable, fully migrated database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    database: { reachable: true },
    migrations: { pending: 0, failed: 0, summary: expect.stringMatching(/^Up to date/) },
  });
  expect(body.database.latencyMs).toEqual(expect.any(Number));
  expect(Date.parse(body.checkedAt)).not.toBeNaN();
});

test.describe("an unknown address", () => {
  // Chromium reports the 404 response itself as a console error.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("shows the plain not-found page with a way back", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, "not-found.png"), fullPage: true });
    await page.getByRole("link", { name: "Go to the overview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  });
});

test("full-page screenshots of the overview and migrations", async ({ page }) => {
  const shots = [
    { file: "overview.png", path: "/", heading: "Overview" },
    { file: "migrations.png", path: "/migrations", heading: "Migrations" },
  ];
  for (const shot of shots) {
    await page.goto(shot.path);
    await expect(page.getByRole("heading", { level: 1, name: shot.heading })).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, shot.file), fullPage: true });
  }
});
