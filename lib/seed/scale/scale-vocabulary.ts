import { API_USER_AGENTS, BROWSER_USER_AGENTS, COMPANY_SECTORS, COMPANY_STEMS, EXECUTION_ERRORS, FIRST_NAMES, LAST_NAMES, MODELS, STAFF_ACTORS } from "../catalog";
import { toSlug } from "../build-tenants";

// Word lists and weighted actor/action slots for the scale SQL, passed as small array parameters.

type ActionSlot = { actor: "user" | "api_key" | "system" | "staff"; action: string; resource: string | null; weight: number };

const ACTION_SLOTS: readonly ActionSlot[] = [
  { actor: "user", action: "user.login", resource: "user", weight: 300 },
  { actor: "user", action: "user.logout", resource: "user", weight: 60 },
  { actor: "user", action: "agent.updated", resource: "agent", weight: 110 },
  { actor: "user", action: "agent.created", resource: "agent", weight: 25 },
  { actor: "user", action: "workflow.updated", resource: "workflow", weight: 55 },
  { actor: "user", action: "workflow.published", resource: "workflow", weight: 25 },
  { actor: "user", action: "api_key.created", resource: "api_key", weight: 12 },
  { actor: "user", action: "api_key.revoked", resource: "api_key", weight: 6 },
  { actor: "user", action: "user.invited", resource: "user", weight: 12 },
  { actor: "user", action: "settings.updated", resource: "tenant", weight: 10 },
  { actor: "user", action: "subscription.updated", resource: "subscription", weight: 5 },
  { actor: "api_key", action: "execution.started", resource: "execution", weight: 150 },
  { actor: "api_key", action: "agent.updated", resource: "agent", weight: 20 },
  { actor: "api_key", action: "workflow.published", resource: "workflow", weight: 10 },
  { actor: "system", action: "execution.failed", resource: "execution", weight: 45 },
  { actor: "system", action: "subscription.updated", resource: "subscription", weight: 20 },
  { actor: "system", action: "usage.limit_warning", resource: "tenant", weight: 15 },
  { actor: "system", action: "api_key.expired", resource: "api_key", weight: 10 },
  { actor: "staff", action: "tenant.updated", resource: "tenant", weight: 12 },
  { actor: "staff", action: "subscription.updated", resource: "subscription", weight: 10 },
  { actor: "staff", action: "api_key.revoked", resource: "api_key", weight: 8 },
];

export function actionSlots(): readonly ActionSlot[] {
  return ACTION_SLOTS;
}

export const SCALE_WORDS = {
  stems: [...COMPANY_STEMS],
  sectors: [...COMPANY_SECTORS],
  firstNames: [...FIRST_NAMES],
  lastNames: [...LAST_NAMES],
  firstSlugs: FIRST_NAMES.map((n) => toSlug(n)),
  lastSlugs: LAST_NAMES.map((n) => toSlug(n)),
  browsers: [...BROWSER_USER_AGENTS],
  apiClients: [...API_USER_AGENTS],
  errors: [...EXECUTION_ERRORS],
  models: MODELS.map((m) => m.model),
  staffIds: STAFF_ACTORS.map((s) => s.id),
  staffEmails: STAFF_ACTORS.map((s) => s.email),
  ipv4FirstOctets: [3, 18, 34, 35, 44, 52, 54, 81, 85, 92, 104, 141, 185, 188, 203],
};
