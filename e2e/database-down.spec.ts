import { expect, test } from "./fixtures";

// Runs against a second server whose DATABASE_URL points at a port where nothing listens.
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

for (const section of [
  { path: "/", heading: "Overview" },
  { path: "/migrations", heading: "Migrations" },
]) {
  test(`${section.heading} says the database is not reachable instead of showing empty figures`, async ({ page }) => {
    await page.goto(section.path);
    await expect(page.getByRole("heading", { level: 1, name: section.heading })).toBeVisible();
    await expect(page.getByRole("alert", { name: "This page could not read the database" })).toContainText("The database is not reachable");
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByRole("group")).toHaveCount(0);
  });
}
