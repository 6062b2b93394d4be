import { ACCOUNTS, expect, test } from "./fixtures";

// Runs against a second server whose DATABASE_URL points at a port where nothing listens. It shares
// the main server's NEXTAUTH_SECRET, so an admin's session cookie reaches it; checking that session
// needs the database, so pages say the database is down instead of showing anything.
const downBaseUrl = process.env.E2E_DATABASE_DOWN_BASE_URL;
test.skip(!downBaseUrl, "E2E_DATABASE_DOWN_BASE_URL is not set: run `npm run test:e2e`.");
test.use({ baseURL: downBaseUrl });

test("GET /api/health answers 503 with a sentence and no stack trace", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(503);
  const body = await response.json();
  expect(body).toMatchObject({
    status: "down",
    database: { reachable: false, latencyMs: null, error: expect.stringMatching(/^The database is not reachable/) },
    migrations: { pending: null, failed: null },
  });
  expect(JSON.stringify(body)).not.toMatch(/node_modules|\.[cm]?[jt]s:\d+|ECONNREFUSED|prisma|stack/i);
});

test.describe("signed in as admin", () => {
  test.use({ signedInAs: "admin" });

  for (const section of [
    { path: "/", heading: "Overview" },
    { path: "/migrations", heading: "Migrations" },
    { path: "/tenants", heading: "Tenants" },
  ]) {
    test(`${section.heading} says the database is not reachable instead of showing empty figures`, async ({ page }) => {
      await page.goto(section.path);
      await expect(page.getByRole("heading", { level: 1, name: section.heading })).toBeVisible();
      await expect(page.getByRole("alert", { name: "This page could not read the database" })).toContainText("The database is not reachable");
      await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
      await expect(page.getByRole("group")).toHaveCount(0);
      // The session could not be checked, so nobody is shown as signed in.
      await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    });
  }
});

test.describe("anonymous", () => {
  // Chromium reports the failed sign-in's 401 response as a console error.
  test.use({ expectedConsoleErrors: [/status of 401/] });

  test("the login page still opens, and signing in says why it cannot work", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login$/);
    await page.getByLabel("Email").fill(ACCOUNTS.admin.email);
    await page.getByLabel("Password").fill(ACCOUNTS.admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Sign-in is not available right now because the database is not reachable. Try again in a minute.",
    );
    await expect(page).toHaveURL(/\/login$/);
  });
});
