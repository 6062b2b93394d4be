import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MigrationState, MigrationStatus, StatusSummaryCode } from "@/lib/migrations/status";

const SUMMARY: Record<StatusSummaryCode, { label: string; tone: BadgeTone }> = {
  up_to_date: { label: "Up to date", tone: "success" },
  pending: { label: "Migrations pending", tone: "warning" },
  failed: { label: "Migration failed", tone: "danger" },
  edited: { label: "Edited after applying", tone: "danger" },
  missing_locally: { label: "Unknown migrations", tone: "danger" },
  not_managed: { label: "Not managed by Prisma", tone: "danger" },
  no_migrations: { label: "No migrations", tone: "neutral" },
};

const STATE: Record<MigrationState, { label: string; tone: BadgeTone }> = {
  applied: { label: "Applied", tone: "success" },
  pending: { label: "Pending", tone: "warning" },
  failed: { label: "Failed", tone: "danger" },
  rolled_back: { label: "Rolled back", tone: "neutral" },
  edited: { label: "Edited", tone: "danger" },
  missing_locally: { label: "Not in this checkout", tone: "danger" },
};

export function MigrationSummaryBadge({ summary }: { summary: MigrationStatus["summary"] }) {
  const { label, tone } = SUMMARY[summary.code];
  return <Badge tone={tone}>{label}</Badge>;
}

export function MigrationStateBadge({ state }: { state: MigrationState }) {
  const { label, tone } = STATE[state];
  return <Badge tone={tone}>{label}</Badge>;
}
