// The scopes the console may grant. No "server-only": the create form lists them as checkboxes.
// blueprints:read is here because keys issued by the platform itself already carry it.

export const API_KEY_SCOPES = [
  "agents:read",
  "agents:write",
  "workflows:read",
  "workflows:write",
  "executions:read",
  "executions:write",
  "usage:read",
  "blueprints:read",
] as const;

export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export function isApiKeyScope(value: unknown): value is ApiKeyScope {
  return typeof value === "string" && (API_KEY_SCOPES as readonly string[]).includes(value);
}
