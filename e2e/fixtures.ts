import { test as base, expect } from "@playwright/test";

type Options = {
  /** Console messages a test expects, such as the browser's note about a 404 response. */
  expectedConsoleErrors: RegExp[];
};

// A stray console error or uncaught page error fails the test that caused it.
export const test = base.extend<Options>({
  expectedConsoleErrors: [[], { option: true }],
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
