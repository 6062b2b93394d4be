import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_ADMIN } from "../lib/auth/demo-staff";
import { queryNumber } from "./database";
import { expect, expectToast, test } from "./fixtures";
import { createTestTenant, query, type TestTenant } from "./list-factory";

// Plans and subscriptions. Each test makes its own plans, tenant and subscription (on trial, so
// the overview's count of active subscriptions that other specs check stays as seeded) and
// deletes them again; demo rows are only read.

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");

type TestPlan = { id: string; name: string; slug: string };

async function insertPlan(options: { priceMonthly: string; priceYearly: string; limits?: Record<string, number> }): Promise<TestPlan> {
  const suffix = randomUUID().slice(0, 8);
  const name = `E2E Plan ${suffix}`;
  const slug = `e2e-plan-${suffix}`;
  const [row] = await query<{ id: string }>(
    `INSERT INTO plans (id, name, slug, price_monthly, price_yearly, currency, features, status, sort_order, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, 'USD', ARRAY['E2E feature'], 'active', 900, now()) RETURNING id::text AS id`,
    [name, slug, options.priceMonthly, options.priceYearly],
  );
  for (const [metric, limit] of Object.entries(options.limits ?? {})) {
    await query("INSERT INTO plan_limits (id, plan_id, metric, \"limit\", updated_at) VALUES (gen_random_uuid(), $1, $2, $3, now())", [row!.id, metric, limit]);
  }
  return { id: row!.id, name, slug };
}

async function insertSubscription(tenant: TestTenant, plan: TestPlan): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO subscriptions (id, tenant_id, plan_id, status, billing_interval, current_period_start, current_period_end, trial_ends_at, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'trialing', 'month', date_trunc('day', now()) - interval '5 days', date_trunc('day', now()) + interval '25 days',
       date_trunc('day', now()) + interval '25 days', now())
     RETURNING id::text AS id`,
    [tenant.id, plan.id],
  );
  return row!.id;
}

/** A tenant on trial of one plan, and a cheaper plan whose limits its usage already exceeds. */
async function subscriptionFixture() {
  const current = await insertPlan({ priceMonthly: "49.00", priceYearly: "490.00", limits: { executions: 10_000, seats: 10 } });
  const cheaper = await insertPlan({ priceMonthly: "19.00", priceYearly: "190.00", limits: { executions: 1_000, seats: 10 } });
  const tenant = await createTestTenant({ status: "trial" });
  const subscriptionId = await insertSubscription(tenant, current);
  await query(
    `INSERT INTO usage_records (tenant_id, metric, quantity, period_start, period_end)
     VALUES ($1, 'executions', 5000, now() - interval '1 day', now())`,
    [tenant.id],
  );
  return {
    current,
    cheaper,
    tenant,
    subscriptionId,
    remove: async () => {
      await tenant.remove();
      await query("DELETE FROM plans WHERE id = ANY($1::uuid[])", [[current.id, cheaper.id]]);
    },
  };
}

async function auditActions(resourceId: string): Promise<string[]> {
  const rows = await query<{ action: string }>("SELECT action FROM audit_logs WHERE resource_id = $1 ORDER BY id", [resourceId]);
  return rows.map((row) => row.action);
}

// These tests add and remove subscriptions and plans, and some count them all: one after another.
test.describe.configure({ mode: "default" });

test.describe("plans as admin", () => {
  test.use({ signedInAs: "admin" });

  test("creates a plan with limits, edits it, is refused a stale save, and deletes it", async ({ page }) => {
    const name = `E2E Created ${randomUUID().slice(0, 8)}`;
    const slug = name.toLowerCase().replace(/\s+/g, "-");
    try {
      await page.goto("/plans");
      await page.screenshot({ path: path.join(SCREENSHOTS, "plans.png"), fullPage: true });
      await page.getByRole("link", { name: "New plan" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "New plan" })).toBeVisible();

      const form = page.getByRole("form", { name: "New plan" });
      await form.getByLabel("Name").fill(name);
      // The slug follows the name until someone edits it.
      await expect(form.getByLabel("Slug")).toHaveValue(slug);
      await form.getByLabel("Per month").fill("abc");
      await form.getByLabel("Per year").fill("490");
      await form.getByLabel("Executions").fill("5000");
      await form.getByLabel("Seats").fill("-3");
      await form.getByRole("button", { name: "Create plan" }).click();
      // Bad input comes back as sentences under the fields; nothing is written.
      await expect(form.getByText("Enter an amount of 0 or more with at most 2 decimals, such as 49.00.")).toBeVisible();
      await expect(form.getByText("Enter a whole number from 0 to 9,007,199,254,740,991, or leave it empty for unlimited.")).toBeVisible();
      expect(await queryNumber(`SELECT count(*) AS value FROM plans WHERE slug = '${slug}'`)).toBe(0);

      await form.getByLabel("Per month").fill("49");
      await form.getByLabel("Seats").fill("");
      await form.getByLabel("Features").fill("SSO\nAudit log");
      await form.getByRole("button", { name: "Create plan" }).click();
      await expectToast(page, `${name} was created.`);
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

      const [plan] = await query<{ id: string; price_monthly: string; price_yearly: string; features: string[]; updated_at: Date }>(
        "SELECT id::text AS id, price_monthly::text, price_yearly::text, features, updated_at FROM plans WHERE slug = $1",
        [slug],
      );
      expect(plan).toMatchObject({ price_monthly: "49.00", price_yearly: "490.00", features: ["SSO", "Audit log"] });
      await expect(page).toHaveURL(`/plans/${plan!.id}`);
      const limits = await query<{ metric: string; limit: string }>("SELECT metric::text, \"limit\"::text FROM plan_limits WHERE plan_id = $1 ORDER BY metric", [plan!.id]);
      // Empty fields are unlimited: no row.
      expect(limits).toEqual([{ metric: "executions", limit: "5000" }]);
      expect(await auditActions(plan!.id)).toEqual(["plan.create"]);

      // The detail page shows the limits, with "Unlimited" where there is none.
      await expect(page.getByRole("main")).toContainText(/Executions\s*5,000 per month/);
      await expect(page.getByRole("main")).toContainText(/Seats\s*Unlimited/);
      await expect(page.getByRole("link", { name: "View subscriptions" })).toHaveAttribute("href", `/subscriptions?plan=${slug}`);

      const edit = page.getByRole("form", { name: `Edit ${name}` });
      await edit.getByLabel("Per month").fill("59");
      await edit.getByLabel("Agents").fill("7");
      await edit.getByRole("button", { name: "Save changes" }).click();
      await expectToast(page, `${name} was saved.`);
      await expect.poll(async () => (await query<{ p: string }>("SELECT price_monthly::text AS p FROM plans WHERE id = $1", [plan!.id]))[0]!.p).toBe("59.00");
      expect(await queryNumber(`SELECT "limit" AS value FROM plan_limits WHERE plan_id = '${plan!.id}' AND metric = 'agents'`)).toBe(7);
      expect(await auditActions(plan!.id)).toEqual(["plan.create", "plan.update"]);

      // Someone else saves meanwhile: this save is refused, with what they saved.
      await query("UPDATE plans SET price_yearly = 999, updated_at = updated_at + interval '1 second' WHERE id = $1", [plan!.id]);
      await edit.getByLabel("Per month").fill("69");
      await edit.getByRole("button", { name: "Save changes" }).click();
      const conflict = edit.getByRole("alert");
      await expect(conflict).toContainText(`Someone else changed the plan ${name} after you opened it.`);
      await expect(conflict).toContainText("$999.00 a year");
      expect(await queryNumber(`SELECT price_monthly AS value FROM plans WHERE id = '${plan!.id}'`)).toBe(59);
      // The page reloads with their values, so the next action starts from what is saved now.
      await expect(page.getByText("$999.00", { exact: true })).toBeVisible();

      // Unused, so it can be deleted.
      await page.getByRole("button", { name: `Delete ${name}` }).click();
      const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
      await dialog.getByRole("button", { name: "Delete plan" }).click();
      await expectToast(page, `${name} was deleted.`);
      await expect(page).toHaveURL("/plans");
      expect(await queryNumber(`SELECT count(*) AS value FROM plans WHERE id = '${plan!.id}'`)).toBe(0);
      expect(await auditActions(plan!.id)).toEqual(["plan.create", "plan.update", "plan.delete"]);
    } finally {
      await query("DELETE FROM plans WHERE slug = $1", [slug]);
    }
  });

  test("deleting a plan with subscribers is refused with the server's sentence, and nothing is deleted", async ({ page }) => {
    const fixture = await subscriptionFixture();
    try {
      await page.goto("/plans");
      const card = page.getByRole("article", { name: fixture.current.name });
      await expect(card).toContainText("1 subscriber");
      await card.getByRole("button", { name: `Delete ${fixture.current.name}` }).click();
      const dialog = page.getByRole("dialog", { name: `Delete ${fixture.current.name}?` });
      await dialog.getByRole("button", { name: "Delete plan" }).click();
      await expect(dialog.getByRole("alert")).toHaveText(`${fixture.current.name} has 1 subscription, so it cannot be deleted. Archive it instead.`);
      expect(await queryNumber(`SELECT count(*) AS value FROM plans WHERE id = '${fixture.current.id}'`)).toBe(1);
      expect(await queryNumber(`SELECT count(*) AS value FROM plan_limits WHERE plan_id = '${fixture.current.id}'`)).toBe(2);
      expect(await auditActions(fixture.current.id)).toEqual([]);

      // Archiving is the way out: the subscriber keeps the plan.
      await dialog.getByRole("button", { name: "Close" }).click();
      await card.getByRole("button", { name: `Archive ${fixture.current.name}` }).click();
      await page.getByRole("dialog", { name: `Archive ${fixture.current.name}?` }).getByRole("button", { name: "Archive plan" }).click();
      await expectToast(page, `${fixture.current.name} is archived.`);
      await expect(card.getByRole("button", { name: `Unarchive ${fixture.current.name}` })).toBeVisible();
      expect(await auditActions(fixture.current.id)).toEqual(["plan.archive"]);
    } finally {
      await fixture.remove();
    }
  });

});

test.describe("unknown records", () => {
  // Chromium reports the 404 response itself as a console error.
  test.use({ signedInAs: "admin", expectedConsoleErrors: [/status of 404/] });

  test("an unknown or malformed plan or subscription id is a 404 page", async ({ page }) => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-plan"]) {
      const response = await page.goto(`/plans/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "This plan does not exist" })).toBeVisible();
      const subscription = await page.goto(`/subscriptions/${id}`);
      expect(subscription?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "This subscription does not exist" })).toBeVisible();
    }
  });
});

test.describe("subscriptions as admin", () => {
  test.use({ signedInAs: "admin" });

  test("changes the plan after a preview of price, limits and usage over them", async ({ page }) => {
    const fixture = await subscriptionFixture();
    try {
      await page.goto(`/subscriptions/${fixture.subscriptionId}`);
      await expect(page.getByRole("heading", { level: 1, name: `${fixture.tenant.name} on ${fixture.current.name}` })).toBeVisible();
      await expect(page.getByRole("link", { name: fixture.tenant.name, exact: true })).toHaveAttribute("href", `/tenants/${fixture.tenant.id}`);
      await expect(page.getByRole("link", { name: fixture.current.name, exact: true })).toHaveAttribute("href", `/plans/${fixture.current.id}`);
      await page.screenshot({ path: path.join(SCREENSHOTS, "subscription-detail.png"), fullPage: true });

      await page.getByRole("button", { name: "Change plan" }).click();
      const dialog = page.getByRole("dialog", { name: `Change ${fixture.tenant.name}'s plan` });
      await dialog.getByRole("radio", { name: new RegExp(fixture.cheaper.name) }).check();
      await dialog.getByRole("button", { name: "Preview change" }).click();

      const preview = dialog.getByRole("region", { name: "Preview of the plan change" });
      await expect(preview.getByTestId("new-price")).toHaveText("$19.00 / month");
      await expect(preview.getByTestId("price-difference")).toContainText("−$30.00 a month less");
      await expect(preview.getByRole("row", { name: /Executions/ })).toContainText("10,000");
      await expect(preview.getByRole("row", { name: /Executions/ })).toContainText("1,000");
      await expect(preview.getByRole("alert")).toContainText("Executions: 5,000 used, new limit 1,000");
      // Nothing changes until the admin confirms.
      expect(await auditActions(fixture.subscriptionId)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, "subscription-change-plan.png"), fullPage: true });

      await dialog.getByRole("button", { name: `Move to ${fixture.cheaper.name}` }).click();
      await expectToast(page, `${fixture.tenant.name} moved from ${fixture.current.name} to ${fixture.cheaper.name}, at $19.00 a month.`);
      await expect(page.getByRole("heading", { level: 1, name: `${fixture.tenant.name} on ${fixture.cheaper.name}` })).toBeVisible();
      const [row] = await query<{ plan_id: string }>("SELECT plan_id::text FROM subscriptions WHERE id = $1", [fixture.subscriptionId]);
      expect(row!.plan_id).toBe(fixture.cheaper.id);
      const [audit] = await query<{ action: string; actor_email: string; tenant_id: string; details: { overLimit: unknown[]; difference: string } }>(
        "SELECT action, actor_email, tenant_id::text, details FROM audit_logs WHERE resource_id = $1 ORDER BY id",
        [fixture.subscriptionId],
      );
      expect(audit).toMatchObject({ action: "subscription.change_plan", actor_email: DEMO_ADMIN.email, tenant_id: fixture.tenant.id });
      expect(audit!.details).toMatchObject({ difference: "-30.00", overLimit: [{ metric: "executions", usage: "5000", newLimit: "1000" }] });
    } finally {
      await fixture.remove();
    }
  });

  test("cancels at the end of the period, after saying when it ends, then undoes it", async ({ page }) => {
    const fixture = await subscriptionFixture();
    try {
      await page.goto(`/subscriptions/${fixture.subscriptionId}`);
      await page.getByRole("button", { name: "Cancel subscription" }).click();
      const dialog = page.getByRole("dialog", { name: `Cancel ${fixture.tenant.name}'s subscription?` });
      const [{ end }] = (await query<{ end: string }>(
        "SELECT to_char(current_period_end AT TIME ZONE 'UTC', 'Mon FMDD, YYYY') AS end FROM subscriptions WHERE id = $1",
        [fixture.subscriptionId],
      )) as [{ end: string }];
      await expect(dialog.getByRole("radio", { name: new RegExp(`At the end of the period, on ${end}`) })).toBeChecked();
      await expect(dialog.getByTestId("cancel-summary")).toHaveText(`The subscription ends ${end}.`);

      // A reason is required.
      await dialog.getByRole("button", { name: "Cancel at period end" }).click();
      await expect(dialog.getByText("Say why the subscription is canceled, in at least 3 characters.")).toBeVisible();
      await dialog.getByLabel("Reason").fill("Moving to an annual contract");
      await dialog.getByRole("button", { name: "Cancel at period end" }).click();
      await expectToast(page, `${fixture.tenant.name}'s subscription will end on ${end}.`);
      await expect(page.getByRole("status").filter({ hasText: `Cancels at the end of the period, on ${end}.` })).toBeVisible();
      const [row] = await query<{ cancel_at_period_end: boolean; status: string; cancellation_reason: string }>(
        "SELECT cancel_at_period_end, status::text, cancellation_reason FROM subscriptions WHERE id = $1",
        [fixture.subscriptionId],
      );
      expect(row).toEqual({ cancel_at_period_end: true, status: "trialing", cancellation_reason: "Moving to an annual contract" });
      expect(await auditActions(fixture.subscriptionId)).toEqual(["subscription.cancel"]);

      await page.getByRole("button", { name: "Reactivate" }).click();
      await page.getByRole("dialog", { name: `Reactivate ${fixture.tenant.name}'s subscription?` }).getByRole("button", { name: "Reactivate" }).click();
      // The cancellation's toast may still be showing: wait for the reactivation's own.
      await expectToast(page, `${fixture.tenant.name}'s subscription is no longer canceled`);
      await expect.poll(async () => (await query<{ c: boolean }>("SELECT cancel_at_period_end AS c FROM subscriptions WHERE id = $1", [fixture.subscriptionId]))[0]!.c).toBe(false);
      expect(await auditActions(fixture.subscriptionId)).toEqual(["subscription.cancel", "subscription.reactivate"]);
    } finally {
      await fixture.remove();
    }
  });

  test("extends a trial by a number of days, and refuses a save over someone else's change", async ({ page }) => {
    const fixture = await subscriptionFixture();
    const trialEnd = async () =>
      (await query<{ day: string }>("SELECT to_char(trial_ends_at AT TIME ZONE 'UTC', 'Mon FMDD, YYYY') AS day FROM subscriptions WHERE id = $1", [fixture.subscriptionId]))[0]!.day;
    try {
      await page.goto(`/subscriptions/${fixture.subscriptionId}`);
      await page.getByRole("button", { name: "Extend trial" }).click();
      const dialog = page.getByRole("dialog", { name: `Extend ${fixture.tenant.name}'s trial` });
      await expect(dialog).toContainText(`The trial ends on ${await trialEnd()}.`);

      await dialog.getByLabel("Days to add").fill("120");
      await dialog.getByRole("button", { name: "Extend trial" }).click();
      await expect(dialog.getByText("Extend by at most 90 days.")).toBeVisible();
      // Another admin gives two days while this dialog is open (after the refused try, whose
      // round trip may bring the page's data up to date).
      await query(
        `UPDATE subscriptions SET trial_ends_at = trial_ends_at + interval '2 days', current_period_end = current_period_end + interval '2 days',
           updated_at = updated_at + interval '1 second' WHERE id = $1`,
        [fixture.subscriptionId],
      );
      await dialog.getByLabel("Days to add").fill("10");
      await dialog.getByRole("button", { name: "Extend trial" }).click();
      const refusal = dialog.getByRole("alert");
      await expect(refusal).toContainText(`Someone else changed ${fixture.tenant.name}'s subscription after you opened it.`);
      await expect(refusal).toContainText(`Now: on ${fixture.current.name}, trialing, period ends ${await trialEnd()}, trial ends ${await trialEnd()}.`);
      expect(await auditActions(fixture.subscriptionId)).toEqual([]);

      // The dialog now shows the saved trial end; confirming again extends from there.
      await expect(dialog).toContainText(`The trial ends on ${await trialEnd()}.`);
      await dialog.getByRole("button", { name: "Extend trial" }).click();
      await expectToast(page, `${fixture.tenant.name}'s trial now ends on`);
      expect(await queryNumber(`SELECT extract(day FROM trial_ends_at - current_period_start) AS value FROM subscriptions WHERE id = '${fixture.subscriptionId}'`)).toBe(42);
      expect(await auditActions(fixture.subscriptionId)).toEqual(["subscription.extend_trial"]);
    } finally {
      await fixture.remove();
    }
  });

  test("the list filters by plan, narrows to one tenant, and links each row", async ({ page }) => {
    const fixture = await subscriptionFixture();
    try {
      await page.goto("/subscriptions");
      const total = await queryNumber("SELECT count(*) AS value FROM subscriptions");
      await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(`of ${total.toLocaleString("en-US")} subscriptions`);
      await page.screenshot({ path: path.join(SCREENSHOTS, "subscriptions.png"), fullPage: true });

      const table = page.getByRole("table", { name: "Subscriptions" });
      await page.goto(`/subscriptions?plan=${fixture.current.slug}`);
      await expect(table.locator("tbody tr")).toHaveCount(1);
      await expect(table.getByRole("link", { name: fixture.tenant.name, exact: true })).toHaveAttribute("href", `/tenants/${fixture.tenant.id}`);
      await expect(table.getByRole("link", { name: fixture.current.name })).toHaveAttribute("href", `/plans/${fixture.current.id}`);
      await expect(table.getByRole("link", { name: new RegExp(`Subscription of ${fixture.tenant.name}`) })).toHaveAttribute("href", `/subscriptions/${fixture.subscriptionId}`);

      await page.goto(`/subscriptions?tenant=${fixture.tenant.id}&status=trialing`);
      await expect(page.getByText(`Only ${fixture.tenant.name}`)).toBeVisible();
      await expect(table.locator("tbody tr")).toHaveCount(1);
      // The export keeps the scope: one tenant's rows only.
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Export CSV" }).click();
      const csv = (await readFile((await (await download).path())!, "utf8")).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
      expect(csv[0]).toBe(
        "id,tenant_id,tenant_name,tenant_slug,plan,status,billing_interval,price,monthly_revenue,currency,current_period_start,current_period_end,trial_ends_at,cancel_at_period_end,canceled_at,ended_at,external_id,created_at",
      );
      expect(csv.slice(1).map((line) => line.split(",")[0])).toEqual([fixture.subscriptionId]);
      await page.getByRole("link", { name: "Show all" }).click();
      await expect(page).toHaveURL("/subscriptions?status=trialing");
      await expect(page.getByText(`Only ${fixture.tenant.name}`)).toHaveCount(0);

      // A malformed scope is a sentence, never an error page.
      await page.goto("/subscriptions?tenant=not-a-tenant");
      await expect(page.getByRole("alert", { name: "Problems with this address" })).toContainText('"not-a-tenant" is not a tenant id');
    } finally {
      await fixture.remove();
    }
  });
});

test.describe("as support", () => {
  test.use({ signedInAs: "support" });

  test("sees plans and a subscription without any action buttons", async ({ page }) => {
    await page.goto("/plans");
    await expect(page.getByRole("heading", { level: 1, name: "Plans" })).toBeVisible();
    await expect(page.getByRole("article").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "New plan" })).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Edit / })).toHaveCount(0);

    const [subscription] = await query<{ id: string }>("SELECT id::text AS id FROM subscriptions WHERE status = 'trialing' ORDER BY created_at LIMIT 1");
    await page.goto(`/subscriptions/${subscription!.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(" on ");
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);

    const [plan] = await query<{ id: string }>("SELECT id::text AS id FROM plans ORDER BY sort_order LIMIT 1");
    await page.goto(`/plans/${plan!.id}`);
    await expect(page.getByRole("link", { name: "View subscriptions" })).toBeVisible();
    await expect(page.getByRole("form")).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  });
});
