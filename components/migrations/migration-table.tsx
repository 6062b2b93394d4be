import { Cell, HeaderCell, Table } from "@/components/ui/table";
import { formatDuration } from "@/lib/format/format-duration";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import type { MigrationStatusEntry } from "@/lib/migrations/status";
import { MigrationStateBadge } from "./migration-badges";

export function MigrationTable({ migrations }: { migrations: MigrationStatusEntry[] }) {
  return (
    <Table caption="Migrations">
      <thead>
        <tr>
          <HeaderCell>Name</HeaderCell>
          <HeaderCell>State</HeaderCell>
          <HeaderCell>Applied at</HeaderCell>
          <HeaderCell className="text-right">Duration</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {migrations.length === 0 ? (
          <tr>
            <Cell colSpan={4} className="py-8 text-center text-zinc-500">
              There are no migrations in prisma/migrations yet.
            </Cell>
          </tr>
        ) : (
          migrations.map((migration) => (
            <tr key={migration.name}>
              <Cell className="font-mono text-xs text-zinc-900">{migration.name}</Cell>
              <Cell>
                <MigrationStateBadge state={migration.state} />
              </Cell>
              <Cell className="whitespace-nowrap tabular-nums">
                {migration.finishedAt ? formatUtcDateTime(migration.finishedAt) : <span className="text-zinc-400">Not applied</span>}
              </Cell>
              <Cell className="text-right whitespace-nowrap tabular-nums">
                {migration.durationMs === null ? <span className="text-zinc-400">—</span> : formatDuration(migration.durationMs)}
              </Cell>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
