import type { ComponentType } from "react";
import { can, type Permission, type StaffRole } from "@/lib/auth/permissions";
import {
  AgentsIcon,
  ApiKeysIcon,
  AuditLogsIcon,
  BlueprintsIcon,
  ExecutionsIcon,
  MigrationsIcon,
  OverviewIcon,
  PlansIcon,
  ProjectsIcon,
  StaffIcon,
  SubscriptionsIcon,
  TenantsIcon,
  UsageIcon,
  UsersIcon,
  WorkflowsIcon,
  type IconProps,
} from "./nav-icons";

/** `permission` hides an item from roles without it; the page itself still checks, the nav only tidies. */
export type NavItem = { href: string; label: string; icon: ComponentType<IconProps>; permission?: Permission };
export type NavSection = { label: string | null; items: NavItem[] };

export const NAV_SECTIONS: NavSection[] = [
  {
    label: null,
    items: [
      { href: "/", label: "Overview", icon: OverviewIcon },
      { href: "/tenants", label: "Tenants", icon: TenantsIcon },
      { href: "/users", label: "Users", icon: UsersIcon },
    ],
  },
  {
    label: "Billing",
    items: [
      { href: "/plans", label: "Plans", icon: PlansIcon },
      { href: "/subscriptions", label: "Subscriptions", icon: SubscriptionsIcon },
      { href: "/usage", label: "Usage", icon: UsageIcon },
    ],
  },
  {
    label: "Platform",
    items: [
      { href: "/projects", label: "Projects", icon: ProjectsIcon },
      { href: "/agents", label: "Agents", icon: AgentsIcon },
      { href: "/workflows", label: "Workflows", icon: WorkflowsIcon },
      { href: "/executions", label: "Executions", icon: ExecutionsIcon },
      { href: "/api-keys", label: "API keys", icon: ApiKeysIcon },
      { href: "/blueprints", label: "Blueprints", icon: BlueprintsIcon },
    ],
  },
  {
    label: "Operations",
    items: [
      { href: "/audit-logs", label: "Audit logs", icon: AuditLogsIcon },
      { href: "/migrations", label: "Migrations", icon: MigrationsIcon },
    ],
  },
  {
    label: "Administration",
    items: [{ href: "/staff", label: "Staff", icon: StaffIcon, permission: "staff.view" }],
  },
];

/** The sections a role may see; without a role (not signed in, or not wired yet) restricted items are hidden. */
export function navSectionsFor(role: StaffRole | null | undefined): NavSection[] {
  return NAV_SECTIONS.map((section) => ({
    ...section,
    items: section.items.filter((item) => !item.permission || can(role, item.permission)),
  })).filter((section) => section.items.length > 0);
}

export function isActivePath(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function findNavItem(pathname: string): NavItem | undefined {
  return NAV_SECTIONS.flatMap((section) => section.items).find((item) => isActivePath(pathname, item.href));
}
