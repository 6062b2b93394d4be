// Runs once when the server starts: a missing NEXTAUTH_SECRET (or NEXTAUTH_URL) in production stops
// it here, with a sentence that names the setting, instead of failing every sign-in later.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is fixed at build time; the edge build never loads the Node-only check.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkAuthSettingsAtStart } = await import("./lib/auth/auth-settings");
  checkAuthSettingsAtStart();
}
