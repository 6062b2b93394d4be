import { mkdir } from "node:fs/promises";
import path from "node:path";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_SUPPORT, type DemoStaffAccount } from "../lib/auth/demo-staff";

export type SignedInRole = "admin" | "support";

export const ACCOUNTS: Record<SignedInRole, DemoStaffAccount> = { admin: DEMO_ADMIN, support: DEMO_SUPPORT };

type Options = {
  /** Console messages a test expects, such as the browser's note about a 404 response. */
  expectedConsoleErrors: RegExp[];
  /** Start the test already signed in with this role's account, or anonymous (null). */
  signedInAs: SignedInRole | null;
};

type WorkerFixtures = {
  /** The saved browser state (session cookie) of a role, signed in once per worker. */
  sessionStateFor: (role: SignedInRole) => Promise<string>;
};

/**
 * Signs in through next-auth's own endpoints (CSRF token, then the credentials callback), the way
 * the login form does, without drawing the form. Always against the main server: the session
 * cookie is for 127.0.0.1, so it also reaches the server without a database.
 */
export async function signInThroughApi(browser: Browser, account: DemoStaffAccount, statePath: string): Promise<void> {
  const baseURL = process.env.E2E_BASE_URL!;
  const context = await browser.newContext({ baseURL });
  try {
    const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: account.email, password: account.password, json: "true" },
    });
    expect(response.status(), `signing in as ${account.email}`).toBe(200);
    await context.storageState({ path: statePath });
  } finally {
    await context.close();
  }
}

// A stray console error or uncaught page error fails the test that caused it.
export const test = base.extend<Options, WorkerFixtures>({
  expectedConsoleErrors: [[], { option: true }],
  signedInAs: [null, { option: true }],
  sessionStateFor: [
    async ({ browser }, use, workerInfo) => {
      const states = new Map<SignedInRole, Promise<string>>();
      const directory = path.join(workerInfo.project.outputDir, ".auth");
      await mkdir(directory, { recursive: true });
      await use((role) => {
        if (!states.has(role)) {
          const statePath = path.join(directory, `${role}-worker-${workerInfo.workerIndex}.json`);
          states.set(role, signInThroughApi(browser, ACCOUNTS[role], statePath).then(() => statePath));
        }
        return states.get(role)!;
      });
    },
    { scope: "worker" },
  ],
  storageState: async ({ signedInAs, sessionStateFor }, use) => {
    await use(signedInAs ? await sessionStateFor(signedInAs) : undefined);
  },
  page: async ({ page, expectedConsoleErrors }, use) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (!expectedConsoleErrors.some((pattern) => pattern.test(text))) problems.push(`console.error: ${text}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    await use(page);
    expect(problems, "the browser reported errors").toEqual([]);
  },
});

export { expect };

/** The toast that confirms an action, found by its text (several may show at once). */
export async function expectToast(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.getByTestId("toast").filter({ hasText: text })).toBeVisible();
}
