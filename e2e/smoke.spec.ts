import { readdir } from "node:fs/promises";
import path from "node:path";
import { queryNumber } from "./database";
import { expect, test } from "./fixtures";

const SECTIONS = [
  { label: "Overview", path: "/" },
  { label: "Tenants", path: "/tenants" },
  { label: "Users", path: "/users" },
  { label: "Plans", path: "/plans" },
  { label: "Subscriptions", path: "/subscriptions" },
  { label: "Usage", path: "/usage" },
  { label: "Projects", path: "/projects" },
  { label: "Agents", path: "/agents" },
  { label: "Workflows", path: "/workflows" },
  { label: "Executions", path: "/executions" },
  { label: "API keys", path: "/api-keys" },
  { label: "Blueprints", path: "/blueprints" },
  { label: "Audit logs", path: "/audit-logs" },
  { label: "Migrations", path: "/migrations" },
];
const ADMIN_SECTIONS = [...SECTIONS, { label: "Staff", path: "/staff" }];

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");

test.use({ signedInAs: "admin" });
const formatCount = (value: number) => new Intl.NumberFormat("en-US").format(value);

test("the shell lists every section and Staff for an admin, and navigates between them", async ({ page }) => {
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

  test("the shell lists every section and no staff management", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Primary" });
    await expect(nav.getByRole("link")).toHaveText(SECTIONS.map((section) => section.label));
    const response = await page.goto("/staff");
    expect(response?.status()).toBe(403);
  });
});

test("the overview shows the figures that are in the database", async ({ page }) => {
  // Other tests add and change tenants meanwhile: read the database and the page until they agree.
  const agrees = async (group: string, sql: string) => {
    const expected = formatCount(await queryNumber(sql));
    await page.goto("/");
    return (await page.getByRole("group", { name: group }).textContent())?.includes(expected) ?? false;
  };
  await expect.poll(() => agrees("Active tenants", "select count(*) as value from tenants where status = 'active'"), { timeout: 20_000 }).toBe(true);
  await expect
    .poll(() => agrees("Active subscriptions", "select count(*) as value from subscriptions where status = 'active'"), { timeout: 20_000 })
    .toBe(true);
  const [executions, mrr] = await Promise.all([
    // The chart's window: the current hour and the 23 before it.
    queryNumber("select count(*) as value from executions where created_at >= date_trunc('hour', now()) - interval '23 hours' and created_at <= now()"),
    queryNumber(`select coalesce(sum(case when s.billing_interval = 'year' then round(p.price_yearly / 12, 2) else p.price_monthly end), 0) as value
      from subscriptions s join plans p on p.id = s.plan_id
      where s.ended_at is null and s.status in ('active', 'past_due') and p.currency = 'USD'`),
  ]);
  await page.goto("/");
  await expect(page.getByRole("group", { name: "Executions, last 24 hours" })).toContainText(formatCount(executions));
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(mrr);
  await expect(page.getByRole("group", { name: "Monthly recurring revenue" })).toContainText(money);
  await expect(page.getByRole("img", { name: /^Executions per hour from/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Tokens per day from/ })).toBeVisible();
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
