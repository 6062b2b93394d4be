import { createHash } from "node:crypto";
import path from "node:path";
import { expect, test } from "./fixtures";
import { query } from "./list-factory";

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");

// The API keys screens: an admin creates a key (its secret shown once, only its hash stored) and
// revokes it; support reads the same screens without a way to change anything.

/** A demo tenant that may be given keys; tests running side by side each take their own (`nth`). */
async function issuableTenant(nth: number): Promise<{ id: string; name: string; slug: string }> {
  const [tenant] = await query<{ id: string; name: string; slug: string }>(
    // Other tests' temporary tenants (slug e2e-…) come and go, so they are never counted here.
    "SELECT id::text, name, slug FROM tenants WHERE status IN ('active', 'trial') AND slug NOT LIKE 'e2e-%' ORDER BY name LIMIT 1 OFFSET $1",
    [nth],
  );
  if (!tenant) throw new Error("The demo data holds no active tenant.");
  return tenant;
}

test.describe("as an admin", () => {
  test.use({ signedInAs: "admin" });

  test("creates a key whose secret shows once and is stored only as a hash, rotates it, then revokes it", async ({ page }) => {
    const tenant = await issuableTenant(0);
    const name = `E2E key ${Date.now()}`;
    let keyId: string | undefined;
    let successorId: string | undefined;
    try {
      await page.goto("/api-keys");
      await page.getByRole("button", { name: "Create API key" }).click();
      const form = page.getByRole("dialog", { name: "Create an API key" });
      await form.getByRole("combobox", { name: "Tenant" }).fill(tenant.slug);
      await form.getByRole("option", { name: new RegExp(tenant.name) }).click();
      await expect(form.getByText(tenant.name, { exact: true })).toBeVisible();
      await form.getByLabel("Name").fill(name);
      await form.getByRole("checkbox", { name: "agents:read" }).check();
      await form.getByRole("checkbox", { name: "usage:read" }).check();
      await form.getByRole("button", { name: "30 days" }).click();
      // A double submit sends the form's idempotency key twice: one key, and the answers agree.
      await form.getByRole("button", { name: "Create key" }).dblclick();

      // The secret, once, with a warning and a way to copy it.
      const panel = page.getByRole("region", { name: `Copy the new key for ${tenant.name} now` });
      await expect(panel).toBeVisible();
      await expect(panel).toContainText("It will not be shown again.");
      await expect(panel.getByRole("button", { name: "Copy" })).toBeVisible();
      const secret = await panel.getByLabel("New API key").inputValue();
      expect(secret).toMatch(/^afk_live_[0-9A-Za-z]{46}$/);
      await page.screenshot({ path: path.join(SCREENSHOTS, "api-keys-secret.png"), fullPage: true });
      await expect(page.getByTestId("toast").filter({ hasText: `${secret.slice(0, 17)} was created for ${tenant.name}` })).toBeVisible();

      // The database holds the prefix and the SHA-256, and nothing else derived from the secret.
      const [stored] = await query<{ id: string; key_hash: string; scopes: string[]; expires_at: Date; created_by_staff_id: string | null }>(
        "SELECT id::text, key_hash, scopes, expires_at, created_by_staff_id::text FROM api_keys WHERE key_prefix = $1",
        [secret.slice(0, 17)],
      );
      expect(stored).toBeDefined();
      expect(await query("SELECT 1 FROM api_keys WHERE name = $1", [name])).toHaveLength(1);
      keyId = stored!.id;
      expect(stored!.key_hash).toBe(createHash("sha256").update(secret).digest("hex"));
      expect(stored!.scopes).toEqual(["agents:read", "usage:read"]);
      expect(stored!.created_by_staff_id).not.toBeNull();
      const [row] = await query<{ text: string }>("SELECT row_to_json(k)::text AS text FROM api_keys k WHERE id = $1", [keyId]);
      expect(row!.text).not.toContain(secret);
      expect(row!.text).not.toContain(secret.slice(17));
      const [audits] = await query<{ text: string }>("SELECT coalesce(json_agg(a), '[]')::text AS text FROM audit_logs a WHERE resource_id = $1", [keyId]);
      expect(audits!.text).toContain("api_key.create");
      expect(audits!.text).not.toContain(secret.slice(17));
      expect(audits!.text).not.toContain(stored!.key_hash);

      // Once closed, the secret is gone from the page for good.
      await panel.getByRole("button", { name: "I have stored it" }).click();
      await expect(panel).toHaveCount(0);
      await expect(page.getByTestId("toast").filter({ hasText: "already created" })).toHaveCount(0);
      expect(await page.content()).not.toContain(secret.slice(17));

      // Revoke from the key's page, after a confirmation that says what happens.
      await page.getByRole("searchbox", { name: "Search" }).fill(name);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("table", { name: "API keys" }).locator("tbody tr")).toHaveCount(1);
      await page.getByRole("link", { name: secret.slice(0, 17) }).click();
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

      // Rotate with an hour's grace: a new secret, once; the old key keeps working until then.
      await page.getByRole("button", { name: "Rotate" }).click();
      const rotate = page.getByRole("dialog", { name: `Rotate ${secret.slice(0, 17)}?` });
      await rotate.getByLabel("Grace period for the old key (hours)").fill("1");
      await expect(rotate).toContainText("The old key keeps working for 1 hour");
      await rotate.getByRole("button", { name: "Rotate key" }).click();
      const rotated = page.getByRole("region", { name: `Copy the new key for ${tenant.name} now` });
      await expect(rotated).toContainText(`It replaces ${secret.slice(0, 17)}.`);
      const replacement = await rotated.getByLabel("New API key").inputValue();
      expect(replacement).toMatch(/^afk_live_[0-9A-Za-z]{46}$/);
      expect(replacement).not.toBe(secret);
      const [successor] = await query<{ id: string; key_hash: string }>("SELECT id::text, key_hash FROM api_keys WHERE key_prefix = $1", [replacement.slice(0, 17)]);
      successorId = successor!.id;
      expect(successor!.key_hash).toBe(createHash("sha256").update(replacement).digest("hex"));
      const [graced] = await query<{ expires_at: Date; revoked_at: Date | null }>("SELECT expires_at, revoked_at FROM api_keys WHERE id = $1", [keyId]);
      expect(graced!.revoked_at).toBeNull();
      expect(Math.abs(graced!.expires_at.getTime() - (Date.now() + 60 * 60 * 1000))).toBeLessThan(5 * 60 * 1000);
      await rotated.getByRole("button", { name: "I have stored it" }).click();
      await expect(rotated).toHaveCount(0);
      await expect(page.getByRole("cell", { name: "api_key.rotate" })).toBeVisible();

      await page.getByRole("button", { name: "Revoke" }).click();
      const confirm = page.getByRole("dialog", { name: `Revoke ${secret.slice(0, 17)}?` });
      await expect(confirm).toContainText("Requests with this key fail from now on.");
      await confirm.getByLabel("Reason (optional)").fill("E2E: no longer needed");
      await page.screenshot({ path: path.join(SCREENSHOTS, "api-keys-revoke.png") });
      await confirm.getByRole("button", { name: "Revoke key" }).click();
      await expect(confirm).toHaveCount(0);
      await expect(page.getByTestId("toast").filter({ hasText: `${secret.slice(0, 17)} is revoked.` })).toBeVisible();
      await expect(page.locator("dd").getByText("Revoked", { exact: true })).toBeVisible();
      await expect(page.getByText("Reason: E2E: no longer needed")).toBeVisible();
      await expect(page.getByRole("button", { name: "Revoke" })).toHaveCount(0);
      await expect(page.getByRole("cell", { name: "api_key.revoke" })).toBeVisible();
      await page.screenshot({ path: path.join(SCREENSHOTS, "api-key-revoked.png"), fullPage: true });

      const [revoked] = await query<{ revoked_at: Date | null; revoked_reason: string | null }>("SELECT revoked_at, revoked_reason FROM api_keys WHERE id = $1", [keyId]);
      expect(revoked!.revoked_at).not.toBeNull();
      expect(revoked!.revoked_reason).toBe("E2E: no longer needed");
      const revokeRows = await query<{ details: { after: { status: string } } }>(
        "SELECT details FROM audit_logs WHERE action = 'api_key.revoke' AND resource_type = 'api_key' AND resource_id = $1",
        [keyId],
      );
      expect(revokeRows).toHaveLength(1);
      expect(revokeRows[0]!.details.after.status).toBe("revoked");
    } finally {
      await query("DELETE FROM api_keys WHERE id = ANY($1::uuid[])", [[keyId, successorId].filter(Boolean)]);
    }
  });

  test("opens the create form for a tenant from a link, and narrows the list to that tenant", async ({ page }) => {
    const tenant = await issuableTenant(1);
    await page.goto(`/api-keys?new=1&tenant=${tenant.id}`);
    const form = page.getByRole("dialog", { name: "Create an API key" });
    await expect(form).toBeVisible();
    await expect(form.getByText(tenant.name, { exact: true })).toBeVisible();
    await form.getByRole("button", { name: "Create key" }).click();
    await expect(form.getByText("Enter a name for the key.")).toBeVisible();
    await expect(form.getByText("Choose at least one scope.")).toBeVisible();
    await form.getByRole("button", { name: "Cancel" }).click();
    await expect(page).toHaveURL(`/api-keys?tenant=${tenant.id}`);

    const expected = await query<{ n: number }>("SELECT count(*)::int AS n FROM api_keys WHERE tenant_id = $1", [tenant.id]);
    await expect(page.getByText(`Only ${tenant.name}`)).toBeVisible();
    await expect(page.getByRole("table", { name: "API keys" }).locator("tbody tr")).toHaveCount(Math.min(expected[0]!.n, 25));
    // Filters keep the tenant: the URL is the list's only state.
    await page.getByRole("button", { name: "Filter by status" }).click();
    // The box follows the URL, so it is clicked, and the URL checked, rather than check()ed.
    await page.getByRole("checkbox", { name: /Active/ }).click();
    await expect(page).toHaveURL(`/api-keys?tenant=${tenant.id}&status=active`);
  });
});

test.describe("as support", () => {
  test.use({ signedInAs: "support" });

  test("sees the list and a key's page, with no way to create, rotate or revoke", async ({ page }) => {
    await page.goto(`/api-keys?new=1`);
    await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
    const table = page.getByRole("table", { name: "API keys" });
    await expect(table.locator("tbody tr").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Create API key" })).toHaveCount(0);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(table.getByRole("checkbox")).toHaveCount(0);

    const [key] = await query<{ id: string; key_prefix: string; name: string }>(
      "SELECT id::text, key_prefix, name FROM api_keys WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) AND name NOT LIKE 'E2E %' ORDER BY created_at DESC LIMIT 1",
    );
    expect(key, "the demo data holds an active key").toBeDefined();
    await page.goto(`/api-keys/${key!.id}`);
    await expect(page.getByRole("heading", { level: 1, name: key!.name })).toBeVisible();
    await expect(page.getByText(key!.key_prefix).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Audit events" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Rotate" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Revoke" })).toHaveCount(0);
  });
});
