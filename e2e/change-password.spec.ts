import { expect, test } from "./fixtures";
import { auditActionsFor, createTestStaff, mustChangePasswordOf } from "./staff-factory";

test("someone signed in with a one-time password must choose their own before using the console", async ({ page }) => {
  const staff = await createTestStaff("support", { mustChangePassword: true });
  try {
    await page.goto("/login?callbackUrl=%2Ftenants");
    await page.getByLabel("Email").fill(staff.email);
    await page.getByLabel("Password").fill(staff.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/change-password");
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();

    await page.goto("/tenants");
    await expect(page).toHaveURL("/change-password");

    await page.getByLabel("New password").fill("a passphrase of my own choosing");
    await page.getByLabel("Repeat the password").fill("a passphrase of my own choosing");
    await page.getByRole("button", { name: "Set password and continue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    expect(await mustChangePasswordOf(staff.id)).toBe(false);
    expect(await auditActionsFor(staff.id)).toContain("staff.password_change");
  } finally {
    await staff.remove();
  }
});
