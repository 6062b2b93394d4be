import path from "node:path";
import type { Page } from "@playwright/test";
import { ACCOUNTS, expect, test, type SignedInRole } from "./fixtures";
import { auditActionsFor, createTestStaff } from "./staff-factory";

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");

async function fillLoginForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("anonymous visitors", () => {
  test("are sent from a console page to the login page, which remembers where they were going", async ({ page }) => {
    await page.goto("/migrations?view=history");
    await expect(page).toHaveURL("/login?callbackUrl=%2Fmigrations%3Fview%3Dhistory");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, "login.png"), fullPage: true });
  });

  test("get a redirect, not a page, from the server itself", async ({ request }) => {
    const response = await request.get("/", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toBe("/login");
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
  });
});

for (const role of ["admin", "support"] as const satisfies SignedInRole[]) {
  test(`${role} signs in through the form and returns to the page they asked for`, async ({ page }) => {
    const account = ACCOUNTS[role];
    await page.goto("/migrations");
    await fillLoginForm(page, account.email, account.password);
    await expect(page).toHaveURL("/migrations");
    await expect(page.getByRole("heading", { level: 1, name: "Migrations" })).toBeVisible();
    const header = page.getByRole("banner");
    await expect(header).toContainText(account.name);
    await expect(header).toContainText(role === "admin" ? "Admin" : "Support");
    await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
}

test.describe("wrong credentials", () => {
  // Chromium reports each refused sign-in's 401 response as a console error.
  test.use({ expectedConsoleErrors: [/status of 401/] });

  test("get one sentence that does not say whether the account exists", async ({ page }) => {
    await page.goto("/login");
    await fillLoginForm(page, ACCOUNTS.admin.email, "not-the-right-password");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");

    await page.goto("/login");
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    await fillLoginForm(page, "nobody-here@agent-factory.local", "not-the-right-password");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
    await expect(page).toHaveURL("/login");
  });
});

test.describe("an outside callbackUrl", () => {
  for (const target of ["https://evil.example/", "//evil.example/steal", "/\\evil.example", "/%2F%2Fevil.example"]) {
    test(`${target} ends on this site's overview`, async ({ page, baseURL }) => {
      await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
      await fillLoginForm(page, ACCOUNTS.support.email, ACCOUNTS.support.password);
      await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
      expect(page.url()).toBe(`${baseURL}/`);
    });
  }
});

test("signing out ends the session on the server too", async ({ page, context }) => {
  const staff = await createTestStaff("support");
  try {
    await page.goto("/login");
    await fillLoginForm(page, staff.email, staff.password);
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    const signedInCookies = await context.cookies();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/login");
    await page.goto("/tenants");
    await expect(page).toHaveURL("/login?callbackUrl=%2Ftenants");

    // A copy of the old cookie is worthless: signing out bumped the account's session version.
    await context.addCookies(signedInCookies);
    await page.goto("/tenants");
    await expect(page).toHaveURL("/login?callbackUrl=%2Ftenants");
    expect(await auditActionsFor(staff.id)).toEqual(["auth.sign_in", "auth.sign_out"]);
  } finally {
    await staff.remove();
  }
});

test.describe("security headers", () => {
  test.use({ signedInAs: "admin" });

  test("every console page runs under a nonce-based CSP without a single violation", async ({ page }) => {
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener("securitypolicyviolation", (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
    });
    const response = await page.goto("/");
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/style-src 'self' 'nonce-[^']+'; style-src-attr 'unsafe-inline'/);
    expect(csp.replace("style-src-attr 'unsafe-inline'", "")).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+/);

    const nav = page.getByRole("navigation", { name: "Primary" });
    for (const label of ["Tenants", "Usage", "Audit logs", "Migrations", "Overview"]) {
      await nav.getByRole("link", { name: label, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
    }
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, "signed-in-shell.png"), fullPage: true });
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  test("a second request gets a different nonce", async ({ request }) => {
    const nonceOf = async () => (await request.get("/login")).headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
    const [first, second] = [await nonceOf(), await nonceOf()];
    expect(first).toBeTruthy();
    expect(first).not.toBe(second);
  });

  test("the session cookie is HttpOnly, SameSite=Lax and Secure", async ({ context }) => {
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("afc.session-token"));
    expect(session).toMatchObject({ name: "__Secure-afc.session-token", httpOnly: true, sameSite: "Lax", secure: true });
  });
});
