import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_ADMIN, DEMO_SUPPORT } from "../lib/auth/demo-staff";
import { expect, test } from "./fixtures";
import { createTestTenant, query, type TestTenant } from "./list-factory";

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");

// The audit-log search as support staff use it: find an event by tenant and text, open it, share
// the link, export the result; and stored hostile text that must stay text. Each test writes its
// own audit rows with SQL for a tenant of its own. audit_logs is append-only, so those rows stay;
// their markers are unique, and the tenants they name are deleted afterwards.

type NewEvent = { tenant: TestTenant; action: string; details: Record<string, unknown>; minutesAgo: number; resource?: [string, string]; actorEmail?: string };

async function insertEvent(event: NewEvent): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO audit_logs (tenant_id, actor_type, actor_email, action, resource_type, resource_id, details, ip_address, created_at)
     VALUES ($1, 'user', $2, $3, $4, $5, $6, '203.0.113.7', now() - make_interval(mins => $7))
     RETURNING id::text AS id`,
    [event.tenant.id, event.actorEmail ?? "ops@e2e.example", event.action, event.resource?.[0] ?? null, event.resource?.[1] ?? null, event.details, event.minutesAgo],
  );
  return row!.id;
}

async function latestAudit(action: string, email: string) {
  const [row] = await query<{ details: Record<string, unknown> }>(
    "SELECT details FROM audit_logs WHERE action = $1 AND actor_email = $2 ORDER BY id DESC LIMIT 1",
    [action, email],
  );
  return row?.details;
}

test.describe("as support", () => {
  test.use({ signedInAs: "support" });

  test("finds an event by tenant and text, opens it, follows the permalink, and exports the result", async ({ page, context }) => {
    const tenant = await createTestTenant({ name: `E2E Audit ${randomUUID().slice(0, 6)}`, status: "active" });
    const needle = `needle${randomUUID().slice(0, 8)}`;
    const keyId = randomUUID();
    try {
      const target = await insertEvent({ tenant, action: "api_key.revoked", details: { reason: `leaked ${needle} in a repo`, request_id: "req-e2e-1" }, minutesAgo: 30, resource: ["api_key", keyId] });
      await insertEvent({ tenant, action: "api_key.created", details: { name: "CI" }, minutesAgo: 33, resource: ["api_key", keyId] });
      await insertEvent({ tenant, action: "user.login", details: { method: "password" }, minutesAgo: 27 });

      await page.goto("/audit-logs");
      await expect(page.getByRole("heading", { level: 1, name: "Audit logs" })).toBeVisible();
      // The tenant picker writes tenant:<slug> into the box and searches.
      await page.getByRole("button", { name: "Filter by tenant" }).click();
      await page.getByRole("searchbox", { name: "Tenant name or slug" }).fill(tenant.slug);
      await page.getByRole("button", { name: new RegExp(tenant.name) }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]q=tenant%3A${tenant.slug}`));
      const results = page.getByRole("table", { name: "Audit events" });
      await expect(results.locator("tbody tr")).toHaveCount(3);
      await expect(page.getByText("3 events", { exact: true })).toBeVisible();

      // The action facet counts what the rest of the search matches; ticking one writes action:….
      await page.getByRole("button", { name: "Filter by action" }).click();
      const facet = page.getByRole("dialog", { name: "Filter by action" });
      for (const action of ["api_key.created", "api_key.revoked", "user.login"]) {
        await expect(facet.getByRole("checkbox", { name: action })).toBeVisible();
      }
      await expect(facet.getByRole("listitem")).toHaveCount(3);
      await page.screenshot({ path: path.join(SCREENSHOTS, "audit-facets.png") });
      await facet.getByRole("checkbox", { name: "user.login" }).check();
      await expect(page).toHaveURL(/action%3Auser\.login/);
      await expect(results.locator("tbody tr")).toHaveCount(1);
      await page.keyboard.press("Escape");
      await page.getByRole("searchbox", { name: "Search audit events" }).fill(`tenant:${tenant.slug}`);
      await expect(results.locator("tbody tr")).toHaveCount(3);

      // A few keystrokes more: the word narrows it to the one event, and the word is marked.
      const box = page.getByRole("searchbox", { name: "Search audit events" });
      await box.click();
      await box.press("End");
      await page.keyboard.type(` ${needle}`);
      await expect(page).toHaveURL(new RegExp(needle));
      await expect(results.locator("tbody tr")).toHaveCount(1);
      await expect(results.locator("mark", { hasText: needle })).toBeVisible();
      await page.screenshot({ path: path.join(SCREENSHOTS, "audit-search.png"), fullPage: true });

      // The drawer: every column, details as text, links, and the events around it.
      await results.getByRole("link").first().click();
      const drawer = page.getByRole("dialog", { name: "api_key.revoked" });
      await expect(drawer).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`[?&]event=${target}`));
      await expect(drawer.getByTestId("audit-event-details")).toContainText(`"reason": "leaked ${needle} in a repo"`);
      await expect(drawer.getByRole("link", { name: "Tenant page" })).toHaveAttribute("href", `/tenants/${tenant.id}`);
      await expect(drawer.getByRole("link", { name: "Open", exact: true })).toHaveAttribute("href", `/api-keys/${keyId}`);
      await expect(drawer.getByRole("list", { name: "Events around this one" }).getByRole("listitem")).toHaveCount(3);
      await page.screenshot({ path: path.join(SCREENSHOTS, "audit-drawer.png"), fullPage: true });

      // The permalink reproduces the search and the open event in a fresh tab.
      const permalink = page.url();
      const second = await context.newPage();
      await second.goto(permalink);
      await expect(second.getByRole("searchbox", { name: "Search audit events" })).toHaveValue(`tenant:${tenant.slug} ${needle}`);
      await expect(second.getByRole("table", { name: "Audit events" }).locator("tbody tr")).toHaveCount(1);
      await expect(second.getByRole("dialog", { name: "api_key.revoked" })).toBeVisible();
      await second.close();

      // The API key page's link into the trail.
      await page.goto(`/audit-logs?q=${encodeURIComponent(`resource:api_key/${keyId}`)}`);
      await expect(results.locator("tbody tr")).toHaveCount(2);

      // Export: the whole result, streamed, with the row count shown; the file and the audit row agree.
      await page.goto(`/audit-logs?q=${encodeURIComponent(`tenant:${tenant.slug}`)}`);
      await expect(results.locator("tbody tr")).toHaveCount(3);
      await page.getByRole("button", { name: "Export" }).click();
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: /^CSV/ }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^audit-logs-\d{4}-\d{2}-\d{2}\.csv$/);
      await expect(page.getByRole("status", { name: "Export progress" })).toContainText("Exported 3 rows");
      const csv = (await readFile((await file.path())!, "utf8")).replace(/^\uFEFF/, "");
      const lines = csv.trimEnd().split("\r\n");
      expect(lines[0]).toBe("id,created_at,tenant_id,tenant_slug,actor_type,actor_id,actor_email,action,resource_type,resource_id,ip_address,user_agent,details");
      expect(lines).toHaveLength(4);
      expect(lines[2]!.startsWith(`${target},`)).toBe(true);
      await expect.poll(() => latestAudit("audit.export", DEMO_SUPPORT.email)).toMatchObject({ query: `tenant:${tenant.slug}`, format: "csv", rowCount: 3, completed: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, "audit-export.png"), fullPage: true });
    } finally {
      await tenant.remove();
    }
  });

  test("shows an XSS payload stored in details as text, and runs none of it", async ({ page }) => {
    const tenant = await createTestTenant({ name: `E2E XSS ${randomUUID().slice(0, 6)}`, status: "active" });
    const payload = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
    try {
      const id = await insertEvent({
        tenant, action: "agent.updated", minutesAgo: 5, resource: ["agent", "<svg onload=window.__xss=3>"],
        actorEmail: "<b>bold</b>@e2e.example", details: { note: payload, nested: { html: "<iframe src=javascript:window.__xss=4>" } },
      });
      await page.goto(`/audit-logs?${new URLSearchParams({ q: `tenant:${tenant.slug}`, event: id })}`);
      const drawer = page.getByRole("dialog", { name: "agent.updated" });
      const details = drawer.getByTestId("audit-event-details");
      await expect(details).toContainText(payload.replace(/"/g, '\\"'));
      await expect(details).toContainText("<iframe src=javascript:window.__xss=4>");
      await expect(page.getByRole("table", { name: "Audit events" })).toContainText("<svg onload=window.__xss=3>");
      await expect(drawer).toContainText("<b>bold</b>@e2e.example");
      // Nothing of it became markup, and nothing ran.
      expect(await page.locator("main img[src='x'], main script:not([nonce]), main iframe, main svg[onload]").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await page.screenshot({ path: path.join(SCREENSHOTS, "audit-xss.png"), fullPage: true });
    } finally {
      await tenant.remove();
    }
  });

  test("says what is wrong with a query, and where, without searching", async ({ page }) => {
    await page.goto("/audit-logs");
    const box = page.getByRole("searchbox", { name: "Search audit events" });
    await box.fill('tenat:acme "key revoked');
    const error = page.getByRole("alert").filter({ hasText: "Unknown field" });
    await expect(error).toContainText('Unknown field "tenat" at position 1: did you mean tenant?');
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Showing the last search that could be read.")).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, "audit-syntax-error.png") });
    // A hand-edited link with the same text gets the same sentence, never an error page.
    await page.goto(`/audit-logs?q=${encodeURIComponent("ip:10.0.0")}`);
    await expect(page.getByRole("alert").filter({ hasText: "ip: needs an address or a CIDR" })).toBeVisible();
  });

  test("shows a tenant's timeline of audit events, executions and usage spikes", async ({ page }) => {
    const tenant = await createTestTenant({ name: `E2E Timeline ${randomUUID().slice(0, 6)}`, status: "active" });
    try {
      await insertEvent({ tenant, action: "tenant.updated", details: { field: "name" }, minutesAgo: 90 });
      await query(
        `INSERT INTO executions (id, tenant_id, execution_type, status, error_message, created_at, started_at, updated_at)
         VALUES (gen_random_uuid(), $1, 'agent', 'failed', 'Tool http.get failed', now() - interval '1 hour', now() - interval '1 hour', now())`,
        [tenant.id],
      );
      await query(
        `INSERT INTO usage_records (tenant_id, metric, quantity, period_start, period_end)
         SELECT $1, 'tokens', CASE WHEN d = 1 THEN 50000 ELSE 4000 END, date_trunc('day', now()) - d * interval '1 day', date_trunc('day', now()) - (d - 1) * interval '1 day'
           FROM generate_series(1, 16) d`,
        [tenant.id],
      );
      await page.goto(`/audit-logs/timeline/${tenant.slug}`);
      await expect(page.getByRole("heading", { level: 1, name: `${tenant.name}: timeline` })).toBeVisible();
      const timeline = page.getByRole("region", { name: "Timeline" });
      await expect(timeline).toContainText("tenant.updated");
      await expect(timeline).toContainText("agent execution failed");
      await expect(timeline).toContainText("tokens reached 50,000 that day, 12.5× the median");
      await page.screenshot({ path: path.join(SCREENSHOTS, "audit-timeline.png"), fullPage: true });
    } finally {
      await tenant.remove();
    }
  });
});

test.describe("as an admin", () => {
  test.use({ signedInAs: "admin" });

  test("verifies the hash chain over a time range, and the check is audited", async ({ page }) => {
    await page.goto(`/audit-logs?q=${encodeURIComponent("after:-24h")}`);
    await page.getByRole("button", { name: "Verify integrity" }).click();
    const dialog = page.getByRole("dialog", { name: "Verify the audit chain" });
    await dialog.getByRole("button", { name: "Verify", exact: true }).click();
    await expect(dialog.getByRole("status")).toContainText(/Intact: [\d,]+ rows checked/);
    // The viewport only: a modal over a full-page capture would cover a screen's height of it.
    await page.screenshot({ path: path.join(SCREENSHOTS, "audit-verify.png") });
    await expect.poll(() => latestAudit("audit.verify", DEMO_ADMIN.email)).toMatchObject({ intact: true, firstBroken: null });
  });
});
