import { Badge } from "@/components/ui/badge";
import type { StaffRow } from "@/lib/staff/staff-row";

export function RoleBadge({ role }: { role: StaffRow["role"] }) {
  return role === "admin" ? <Badge tone="info">Admin</Badge> : <Badge>Support</Badge>;
}

export function StatusBadge({ row }: { row: Pick<StaffRow, "status" | "inviteExpired"> }) {
  if (row.status === "disabled") return <Badge tone="danger">Disabled</Badge>;
  if (row.status === "invited") return row.inviteExpired ? <Badge tone="warning">Invite expired</Badge> : <Badge tone="warning">Invited</Badge>;
  return <Badge tone="success">Active</Badge>;
}

export const ROLE_LABELS: Record<StaffRow["role"], string> = { admin: "Admin", support: "Support" };

export const ROLE_CHOICES = [
  { value: "support" as const, label: "Support", description: "Reads everything and searches the audit log; changes nothing." },
  { value: "admin" as const, label: "Admin", description: "Can do everything, including managing staff." },
];
