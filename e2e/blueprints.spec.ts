import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_ADMIN } from "../lib/auth/demo-staff";
import { queryNumber } from "./database";
import { expect, expectToast, test } from "./fixtures";
import { createTestTenant, query, type TestTenant } from "./list-factory";

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");
// Stored by a publisher, shown by the console: it must arrive as characters, never as markup.
const HOSTILE = "<img src=x onerror=alert(1)>";

type TestBlueprint = { id: string; name: string; publisher: TestTenant; remove: () => Promise<void> };
type StoredBlueprint = { is_public: boolean; pricing_model: string; price: string; currency: string };

// These tests add and remove blueprints, and one counts them all: run them one after another.
test.describe.configure({ mode: "default" });

async function createTestBlueprint(): Promise<TestBlueprint> {
  const publisher = await createTestTenant({ status: "active" });
  const name = `E2E Blueprint ${randomUUID().slice(0, 8)}`;
  const [row] = await query<{ id: string }>(
    `INSERT INTO blueprints (id, name, description, category, definition, config, publisher_id, downloads, updated_at)
     VALUES (gen_random_uuid(), $1, 'Made by a browser test.', 'e2e-testing', $2, $3, $4, 7, now()) RETURNING id::text AS id`,
    [name, JSON.stringify({ steps: [{ say: HOSTILE }], version: 1 }), JSON.stringify({ settings: { temperature: 0.2 } }), publisher.id],
  );
  const id = row!.id;
  return {
    id, name, publisher,
    remove: async () => {
      await query("DELETE FROM blueprints WHERE id = $1", [id]);
      await publisher.remove();
    },
  };
}

async function stored(id: string): Promise<StoredBlueprint> {
  const [row] = await query<StoredBlueprint>("SELECT is_public, pricing_model::text, price::text, currency FROM blueprints WHERE id = $1", [id]);
  return row!;
}

async function auditOf(id: string): Promise<{ action: string; actor_email: string; details: Record<string, unknown> }[]> {
  return query("SELECT action, actor_email, details FROM audit_logs WHERE resource_id = $1 ORDER BY id", [id]);
}

test.describe("blueprints as admin", () => {
  test.use({ signedInAs: "admin" });

  test("lists the marketplace with facets and an export, and shows a blueprint's JSON as text", async ({ page }) => {
    const blueprint = await createTestBlueprint();
    try {
      await page.goto("/blueprints");
      await expect(page.getByRole("heading", { level: 1, name: "Blueprints" })).toBeVisible();
      const total = await queryNumber("SELECT count(*) AS value FROM blueprints");
      await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(`of ${total} blueprints`);
      // Most downloaded first.
      const [top] = await query<{ name: string }>("SELECT name FROM blueprints ORDER BY downloads DESC, id DESC LIMIT 1");
      await expect(page.getByRole("table", { name: "Blueprints" }).locator("tbody tr").first()).toContainText(top!.name);
      await page.screenshot({ path: path.join(SCREENSHOTS, "blueprints.png"), fullPage: true });

      await page.getByRole("button", { name: "Filter by visibility" }).click();
      // The box is ticked once the URL (the list's only state) says so.
      await page.getByRole("checkbox", { name: /^Private/ }).click();
      await expect(page).toHaveURL(/[?&]visibility=private/);
      await expect(page.getByRole("checkbox", { name: /^Private/ })).toBeChecked();
      await page.keyboard.press("Escape");
      const privateCount = await queryNumber("SELECT count(*) AS value FROM blueprints WHERE NOT is_public");
      await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(`of ${privateCount} blueprint`);

      await page.getByRole("searchbox", { name: "Search" }).fill(blueprint.publisher.name);
      await page.getByRole("searchbox", { name: "Search" }).press("Enter");
      const rows = page.getByRole("table", { name: "Blueprints" }).locator("tbody tr");
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText("e2e-testing");
      await expect(rows.first().getByRole("link", { name: blueprint.publisher.name })).toHaveAttribute("href", `/tenants/${blueprint.publisher.id}`);

      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Export CSV" }).click();
      const csv = (await readFile((await (await download).path())!, "utf8")).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
      expect(csv[0]).toBe("id,name,category,publisher,pricing_model,price,currency,visibility,downloads,rating,reviews,created_at");
      expect(csv).toHaveLength(2);
      expect(csv[1]).toContain(`${blueprint.id},${blueprint.name},e2e-testing,${blueprint.publisher.slug},free,0,USD,private,7,,0,`);

      await rows.first().getByRole("link", { name: blueprint.name }).click();
      await expect(page.getByRole("heading", { level: 1, name: blueprint.name })).toBeVisible();
      await expect(page.getByRole("link", { name: blueprint.publisher.name })).toHaveAttribute("href", `/tenants/${blueprint.publisher.id}`);
      const definition = page.locator("pre").first();
      await expect(definition).toContainText(`"say": "${HOSTILE}"`);
      await expect(definition.locator("img")).toHaveCount(0);
      await expect(page.locator("pre").nth(1)).toContainText('"temperature": 0.2');
    } finally {
      await blueprint.remove();
    }
  });

  test("publishes and unpublishes after confirming, each audited", async ({ page }) => {
    const blueprint = await createTestBlueprint();
    try {
      await page.goto(`/blueprints/${blueprint.id}`);
      await page.getByRole("button", { name: "Publish", exact: true }).click();
      const publish = page.getByRole("dialog", { name: `Publish ${blueprint.name}?` });
      await publish.getByRole("button", { name: "Publish", exact: true }).click();
      await expect(publish).toBeHidden();
      await expectToast(page, `${blueprint.name} is published`);
      await expect(page.getByRole("button", { name: "Unpublish", exact: true })).toBeVisible();
      expect((await stored(blueprint.id)).is_public).toBe(true);

      await page.getByRole("button", { name: "Unpublish", exact: true }).click();
      const unpublish = page.getByRole("dialog", { name: `Unpublish ${blueprint.name}?` });
      await unpublish.getByLabel("Reason (optional)").fill("Broken step");
      await unpublish.getByRole("button", { name: "Unpublish", exact: true }).click();
      await expect(unpublish).toBeHidden();
      await expectToast(page, `${blueprint.name} is unpublished`);
      await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeVisible();
      expect((await stored(blueprint.id)).is_public).toBe(false);
      expect(await auditOf(blueprint.id)).toEqual([
        { action: "blueprint.publish", actor_email: DEMO_ADMIN.email, details: { before: { isPublic: false }, after: { isPublic: true } } },
        { action: "blueprint.unpublish", actor_email: DEMO_ADMIN.email, details: { before: { isPublic: true }, after: { isPublic: false }, reason: "Broken step" } },
      ]);
    } finally {
      await blueprint.remove();
    }
  });

  test("edits pricing with field errors, and is refused a stale save with the current values", async ({ page }) => {
    const blueprint = await createTestBlueprint();
    try {
      await page.goto(`/blueprints/${blueprint.id}`);
      await page.getByRole("button", { name: "Edit pricing" }).click();
      const dialog = page.getByRole("dialog", { name: `Edit pricing of ${blueprint.name}` });
      await dialog.getByRole("radio", { name: /^Subscription/ }).check();
      await dialog.getByLabel("Price").fill("12.345");
      await dialog.getByRole("button", { name: "Save pricing" }).click();
      await expect(dialog.getByText("Enter a price of 0 or more with at most 2 decimals, such as 19.99.")).toBeVisible();
      expect(await stored(blueprint.id)).toMatchObject({ pricing_model: "free", price: "0.00" });

      await dialog.getByLabel("Price").fill("12.5");
      await dialog.getByLabel("Currency").selectOption("EUR");
      await dialog.getByRole("button", { name: "Save pricing" }).click();
      await expect(dialog).toBeHidden();
      await expectToast(page, `${blueprint.name}'s pricing was saved.`);
      await expect(page.getByRole("heading", { level: 1, name: blueprint.name }).locator("..")).toContainText("€12.50 per month");
      expect(await stored(blueprint.id)).toEqual({ is_public: false, pricing_model: "subscription", price: "12.50", currency: "EUR" });
      expect((await auditOf(blueprint.id)).map((row) => [row.action, row.details])).toEqual([
        ["blueprint.update_pricing", { before: { pricingModel: "free", price: "0.00", currency: "USD" }, after: { pricingModel: "subscription", price: "12.50", currency: "EUR" } }],
      ]);

      // Someone else changes the price between opening the dialog and saving it.
      await page.getByRole("button", { name: "Edit pricing" }).click();
      await expect(dialog.getByLabel("Price")).toHaveValue("12.50");
      await query("UPDATE blueprints SET price = 15, updated_at = now() WHERE id = $1", [blueprint.id]);
      await dialog.getByLabel("Price").fill("20");
      await dialog.getByRole("button", { name: "Save pricing" }).click();
      await expect(dialog.getByRole("alert")).toContainText("Someone else changed");
      await expect(dialog.getByRole("alert")).toContainText("Now: Subscription, €15.00 per month (EUR), private.");
      expect((await stored(blueprint.id)).price).toBe("15.00");
      expect(await auditOf(blueprint.id)).toHaveLength(1);
    } finally {
      await blueprint.remove();
    }
  });
});

test.describe("a blueprint that does not exist", () => {
  test.use({ signedInAs: "admin", expectedConsoleErrors: [/status of 404/] });

  test("shows the 404 page for a malformed or unknown id", async ({ page }) => {
    for (const id of ["bp-1", "00000000-0000-4000-8000-000000000000"]) {
      const response = await page.goto(`/blueprints/${id}`);
      expect(response!.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "This blueprint does not exist" })).toBeVisible();
    }
  });
});

test.describe("blueprints as support", () => {
  test.use({ signedInAs: "support" });

  test("reads the list and a blueprint, with no buttons that change anything", async ({ page }) => {
    const [demo] = await query<{ id: string; name: string }>("SELECT id::text AS id, name FROM blueprints ORDER BY downloads DESC, id DESC LIMIT 1");
    await page.goto("/blueprints");
    await expect(page.getByRole("table", { name: "Blueprints" }).locator("tbody tr").first()).toBeVisible();
    await page.getByRole("table", { name: "Blueprints" }).getByRole("link", { name: demo!.name }).click();
    await expect(page.getByRole("heading", { level: 1, name: demo!.name })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Definition" })).toBeVisible();
    await expect(page.locator("pre").first()).toContainText('"version"');
    for (const name of ["Publish", "Unpublish", "Edit pricing"]) await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "blueprint-detail.png"), fullPage: true });
  });
});
