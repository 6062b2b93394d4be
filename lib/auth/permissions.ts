// Who may do what, in one place. Pages, server actions and route handlers all ask `can()`;
// nothing else decides. Support reads everything and changes nothing.

export const STAFF_ROLES = ["admin", "support"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const READ = ["admin", "support"] as const satisfies readonly StaffRole[];
const ADMIN = ["admin"] as const satisfies readonly StaffRole[];

export const PERMISSIONS = {
  "console.view": READ,
  "tenants.view": READ,
  "tenants.manage": ADMIN,
  "billing.view": READ,
  "billing.manage": ADMIN,
  "api_keys.view": READ,
  "api_keys.manage": ADMIN,
  "blueprints.view": READ,
  "blueprints.manage": ADMIN,
  "audit.search": READ,
  "audit.export": READ,
  "audit.verify": ADMIN,
  "migrations.view": READ,
  "migrations.apply": ADMIN,
  "staff.view": ADMIN,
  "staff.manage": ADMIN,
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

export function can(role: StaffRole | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}
