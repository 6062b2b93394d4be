import type { ComponentType } from "react";
import {
  ApiKeysIcon,
  AuditLogsIcon,
  BlueprintsIcon,
  MigrationsIcon,
  OverviewIcon,
  PlansIcon,
  SubscriptionsIcon,
  TenantsIcon,
  UsageIcon,
  type IconProps,
} from "./nav-icons";

export type NavItem = { href: string; label: string; icon: ComponentType<IconProps> };
export type NavSection = { label: string | null; items: NavItem[] };

export const NAV_SECTIONS: NavSection[] = [
  {
    label: null,
    items: [
      { href: "/", label: "Overview", icon: OverviewIcon },
      { href: "/tenants", label: "Tenants", icon: TenantsIcon },
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
];

export function isActivePath(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function findNavItem(pathname: string): NavItem | undefined {
  return NAV_SECTIONS.flatMap((section) => section.items).find((item) => isActivePath(pathname, item.href));
}
