import type { ReactNode } from "react";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import type { MigrationRow } from "@/lib/migrations/page-data";
import { ResolveMigrationButton } from "./resolve-migration-dialog";
import { SqlCode } from "./sql-code";
import { SqlDiff } from "./sql-diff";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-1.5">
      <h3 className="text-xs font-medium text-zinc-500">{title}</h3>
      {children}
    </section>
  );
}

const shortSum = (checksum: string | null) => (checksum ? checksum.slice(0, 12) : "—");

/** What a row opens to: why it is in its state, its logs or diff, and its SQL. */
export function MigrationDetails({ row, canApply }: { row: MigrationRow; canApply: boolean }) {
  return (
    <div className="space-y-4 pt-1">
      {row.state === "failed" ? (
        <Section title="Why it failed (from _prisma_migrations.logs)">
          <pre aria-label={`Logs of ${row.name}`} className="max-h-64 overflow-auto rounded-md bg-red-50 px-3 py-2.5 font-mono text-xs leading-5 whitespace-pre-wrap text-red-900 ring-1 ring-red-200 ring-inset">
            {row.logs ?? "No logs were recorded."}
          </pre>
          <div className="flex flex-wrap items-center gap-3 pt-1">
            {canApply ? <ResolveMigrationButton name={row.name} local={row.local} /> : null}
            <p className="text-xs text-zinc-500">
              Nothing of it is applied: the console runs each migration in one transaction. Fix the SQL, then mark it rolled back so it runs again; or, if
              someone finished it by hand, mark it applied. (<code className="font-mono">npm run db:resolve</code> does the same.)
            </p>
          </div>
        </Section>
      ) : null}
      {row.state === "edited" ? (
        <Section title="Changed since it was applied">
          {row.diff ? (
            <SqlDiff hunks={row.diff} name={row.name} />
          ) : (
            <p className="text-[13px] text-zinc-600">
              The text as applied was not kept (it was applied by another tool, or before the console kept copies), so only the checksums can be compared.
            </p>
          )}
          <p className="text-xs text-zinc-500">
            Checksum when applied: {shortSum(row.appliedChecksum)}; now: {shortSum(row.localChecksum)}. Line endings alone never count as an edit. Restore
            the applied text and put the change in a new migration.
          </p>
        </Section>
      ) : null}
      {row.state === "missing_locally" ? (
        <p className="text-[13px] text-amber-800">
          The database has applied this migration but this checkout has no folder for it: someone deployed newer code. Pull the latest code before applying anything.
        </p>
      ) : null}
      <Section title={row.local ? "SQL (prisma/migrations/" + row.name + "/migration.sql)" : "SQL as applied"}>
        {row.sql !== null ? (
          <SqlCode sql={row.sql} label={`SQL of ${row.name}`} />
        ) : (
          <p className="text-[13px] text-zinc-500">The console kept no copy of the text that was applied.</p>
        )}
      </Section>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-xs text-zinc-500">
        <div><dt className="inline">Started </dt><dd className="inline text-zinc-700">{row.startedAt ? formatUtcDateTime(row.startedAt) : "—"}</dd></div>
        <div><dt className="inline">Attempts </dt><dd className="inline text-zinc-700">{row.attempts}</dd></div>
        <div><dt className="inline">Checksum </dt><dd className="inline font-mono text-zinc-700">{shortSum(row.localChecksum ?? row.appliedChecksum)}</dd></div>
        {row.rolledBackAt ? <div><dt className="inline">Rolled back </dt><dd className="inline text-zinc-700">{formatUtcDateTime(row.rolledBackAt)}</dd></div> : null}
      </dl>
    </div>
  );
}
