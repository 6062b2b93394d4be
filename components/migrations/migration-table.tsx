import type { ReactNode } from "react";
import { HeaderCell, Table } from "@/components/ui/table";
import { formatDuration } from "@/lib/format/format-duration";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import type { MigrationRow } from "@/lib/migrations/page-data";
import { ExpandableRow } from "./expandable-row";
import { MigrationStateBadge } from "./migration-badges";
import { MigrationDetails } from "./migration-details";

const COLUMNS = ["Migration", "State", "Applied at", "Duration", "Applied by"];

const ACTION_LABEL = { "migration.apply": "applied", "migration.baseline": "baselined", "migration.resolve": "resolved" } as const;

function appliedBy(row: MigrationRow): ReactNode {
  if (!row.console) {
    return row.inDatabase && (row.state === "applied" || row.state === "edited" || row.state === "missing_locally") ? (
      <span className="whitespace-nowrap text-zinc-400" title="Applied by npm run db:migrate, the Prisma CLI or another tool: the audit trail has no console row for it.">
        Outside the console
      </span>
    ) : (
      <span className="text-zinc-400">—</span>
    );
  }
  const verb = row.console.action === "migration.resolve" ? `resolved as ${row.console.outcome === "applied" ? "applied" : "rolled back"}` : ACTION_LABEL[row.console.action];
  return (
    <span title={`${verb} from the console, ${formatUtcDateTime(row.console.at)}`}>
      {row.console.actorEmail ?? "unknown"} <span className="text-zinc-400">({verb})</span>
    </span>
  );
}

function appliedAt(row: MigrationRow): ReactNode {
  if (row.finishedAt && row.state !== "rolled_back") return formatUtcDateTime(row.finishedAt);
  if (row.state === "failed" && row.startedAt) return <span className="text-red-700">Failed {formatUtcDateTime(row.startedAt)}</span>;
  if (row.state === "rolled_back" && row.rolledBackAt) return <span className="text-zinc-500">Rolled back {formatUtcDateTime(row.rolledBackAt)}</span>;
  return <span className="text-zinc-400">Not applied</span>;
}

const ROW_TONES: Partial<Record<MigrationRow["state"], string>> = { failed: "bg-red-50/40", edited: "bg-red-50/30", missing_locally: "bg-amber-50/40" };

/** One row per migration known locally, to the database, or both; each opens to its SQL. */
export function MigrationTable({ rows, canApply }: { rows: MigrationRow[]; canApply: boolean }) {
  return (
    <Table caption="Migrations">
      <thead>
        <tr>
          <HeaderCell className="w-10 pr-0 pl-3"><span className="sr-only">Details</span></HeaderCell>
          {COLUMNS.map((column) => (
            <HeaderCell key={column} className={column === "Duration" ? "text-right" : ""}>{column}</HeaderCell>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={COLUMNS.length + 1} className="px-5 py-8 text-center text-[13px] text-zinc-500">
              There are no migrations in prisma/migrations yet, and the database records none.
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <ExpandableRow
              key={row.name}
              label={row.name}
              columns={COLUMNS.length}
              tone={ROW_TONES[row.state] ?? ""}
              initiallyOpen={row.state === "failed" || row.state === "edited"}
              cells={[
                <span key="name" className="font-mono text-xs text-zinc-900">{row.name}</span>,
                <MigrationStateBadge key="state" state={row.state} />,
                <span key="at" className="whitespace-nowrap tabular-nums">{appliedAt(row)}</span>,
                <span key="duration" className="block text-right whitespace-nowrap tabular-nums">
                  {row.durationMs === null || row.state === "rolled_back" ? <span className="text-zinc-400">—</span> : formatDuration(row.durationMs)}
                </span>,
                <span key="by" className="text-[13px]">{appliedBy(row)}</span>,
              ]}
              details={<MigrationDetails row={row} canApply={canApply} />}
            />
          ))
        )}
      </tbody>
    </Table>
  );
}
