import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatCount } from "@/lib/format/format-count";
import type { DriftFinding } from "@/lib/migrations/compare-snapshots";
import type { DriftReport } from "@/lib/migrations/drift";
import type { FixStatement, Risk } from "@/lib/migrations/fix-statements";
import { Sentence } from "./sentence";
import { SqlCode } from "./sql-code";

const RISK: Record<Risk, { tone: BadgeTone; label: string }> = {
  destructive: { tone: "danger", label: "Destructive" },
  blocking: { tone: "warning", label: "Blocking" },
  safe: { tone: "success", label: "Safe" },
};

const plural = (count: number, word: string) => `${formatCount(count)} ${word}${count === 1 ? "" : "s"}`;
const DATABASE_WIDE = "Enums and other database-wide objects";

type Group = { table: string; findings: DriftFinding[]; statements: FixStatement[] };

function groupByTable(findings: DriftFinding[], statements: FixStatement[]): Group[] {
  const groups = new Map<string, Group>();
  const group = (table: string | null) => {
    const key = table ?? DATABASE_WIDE;
    if (!groups.has(key)) groups.set(key, { table: key, findings: [], statements: [] });
    return groups.get(key)!;
  };
  for (const finding of findings) group(finding.table).findings.push(finding);
  for (const statement of statements) group(statement.table).statements.push(statement);
  return [...groups.values()].sort((a, b) => (a.table === DATABASE_WIDE ? 1 : b.table === DATABASE_WIDE ? -1 : a.table.localeCompare(b.table)));
}

function FindingList({ findings }: { findings: DriftFinding[] }) {
  return (
    <ul className="space-y-1.5">
      {findings.map((finding, index) => (
        <li key={index} className="text-[13px] text-zinc-800" data-kind={finding.kind}>
          <span className="mr-1.5 text-zinc-400" aria-hidden="true">•</span>
          <Sentence text={finding.sentence} />
          {finding.renameSql ? (
            <div className="mt-1 ml-4 rounded-md bg-indigo-50/70 px-3 py-2 text-xs text-indigo-900 ring-1 ring-indigo-100 ring-inset">
              <p>Looks renamed. The fix SQL below drops the column and adds a new one, which loses its data; rename it instead:</p>
              <code className="mt-1 block font-mono">{finding.renameSql}</code>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function StatementList({ statements }: { statements: FixStatement[] }) {
  return (
    <ol className="space-y-2">
      {statements.map((statement, index) => (
        <li key={index} className="space-y-1" data-risk={statement.risk}>
          <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600">
            <Badge tone={RISK[statement.risk].tone}>{RISK[statement.risk].label}</Badge>
            <span>{statement.reason}</span>
            {statement.rows !== null ? <span className="text-zinc-400">· {plural(statement.rows, "row")} live</span> : null}
          </div>
          <SqlCode sql={statement.sql} label={`${statement.step} statement for ${statement.table ?? "the database"}`} maxHeight="max-h-56" />
        </li>
      ))}
    </ol>
  );
}

function riskTally(statements: FixStatement[]): string {
  const count = (risk: Risk) => statements.filter((s) => s.risk === risk).length;
  return `${plural(statements.length, "statement")}: ${formatCount(count("destructive"))} destructive, ${formatCount(count("blocking"))} blocking, ${formatCount(count("safe"))} safe`;
}

function TableGroups({ groups, open }: { groups: Group[]; open: boolean }) {
  return (
    <div className="divide-y divide-zinc-100 rounded-md ring-1 ring-zinc-200 ring-inset">
      {groups.map((group) => {
        const worst = group.statements.find((s) => s.risk === "destructive") ? "destructive" : group.statements.find((s) => s.risk === "blocking") ? "blocking" : null;
        return (
          <details key={group.table} open={open} className="group px-4 py-2.5" data-table={group.table}>
            <summary className="flex cursor-pointer list-none items-center justify-between gap-3 text-[13px]">
              <span className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block text-zinc-400 transition-transform group-open:rotate-90">›</span>
                <span className={group.table === DATABASE_WIDE ? "text-zinc-900" : "font-mono text-zinc-900"}>{group.table}</span>
              </span>
              <span className="flex items-center gap-2 text-xs text-zinc-500">
                {plural(group.findings.length, "difference")}
                {group.statements.length > 0 ? ` · ${plural(group.statements.length, "statement")}` : ""}
                {worst ? <Badge tone={RISK[worst].tone}>{RISK[worst].label}</Badge> : null}
              </span>
            </summary>
            <div className="mt-3 space-y-3 pb-1 pl-5">
              {group.findings.length > 0 ? <FindingList findings={group.findings} /> : null}
              {group.statements.length > 0 ? (
                <div className="space-y-2">
                  <h4 className="text-xs font-medium text-zinc-500">SQL that would bring {group.table === DATABASE_WIDE ? "these" : <code className="font-mono">{group.table}</code>} to the schema</h4>
                  <StatementList statements={group.statements} />
                </div>
              ) : null}
            </div>
          </details>
        );
      })}
    </div>
  );
}

/** True when the only differences are the ones the pending migrations make: the history holds, and the migrations hold the schema. */
function explainedByPending(report: DriftReport, pendingMigrations: number): boolean {
  return pendingMigrations > 0 && report.againstHistory !== null && report.againstHistory.findings.length === 0 && report.unmigratedSchemaChanges.length === 0;
}

export function driftHeadline(report: DriftReport, pendingMigrations = 0): string {
  const schema = report.againstSchema.findings.length;
  const history = report.againstHistory?.findings.length ?? 0;
  if (report.hasDrift && explainedByPending(report, pendingMigrations)) {
    return `No drift from its ${plural(report.againstHistory!.appliedMigrations, "applied migration")}. The ${plural(schema, "difference")} from the Prisma schema below ${schema === 1 ? "is" : "are"} what the ${plural(pendingMigrations, "pending migration")} will change.`;
  }
  if (!report.hasDrift) {
    return report.againstHistory
      ? `No drift: the database matches its ${plural(report.againstHistory.appliedMigrations, "applied migration")} and the Prisma schema.`
      : "No drift: the database matches the Prisma schema.";
  }
  const tables = new Set(report.againstSchema.findings.map((f) => f.table ?? "")).size;
  const parts = [
    history > 0 ? `${plural(history, "difference")} from its applied migrations (changes made outside migrations)` : null,
    schema > 0 ? `${plural(schema, "difference")} from the Prisma schema in ${plural(tables, "place")}` : null,
  ].filter(Boolean);
  return `Drift: the database has ${parts.join(", and ")}.`;
}

/** The finished drift check: each difference in a sentence, grouped by table, with the SQL and its risks. */
export function DriftReportView({ report, pendingMigrations }: { report: DriftReport; pendingMigrations: number }) {
  const schemaGroups = groupByTable(report.againstSchema.findings, report.againstSchema.fixStatements);
  const historyGroups = report.againstHistory ? groupByTable(report.againstHistory.findings, []) : [];
  const openAll = report.againstSchema.findings.length + (report.againstHistory?.findings.length ?? 0) <= 40;
  return (
    <div className="space-y-5 px-5 py-4">
      <p
        className={`text-[13px] font-medium ${!report.hasDrift ? "text-emerald-800" : explainedByPending(report, pendingMigrations) ? "text-amber-800" : "text-red-800"}`}
        data-testid="drift-headline"
      >
        {driftHeadline(report, pendingMigrations)}
      </p>

      {report.againstHistory === null ? (
        <p className="text-[13px] text-zinc-600">This database has no Prisma migration history, so it is compared with the Prisma schema only.</p>
      ) : report.againstHistory.findings.length > 0 ? (
        <section className="space-y-2" aria-labelledby="drift-history">
          <h3 id="drift-history" className="text-[13px] font-semibold text-zinc-900">
            Against its {plural(report.againstHistory.appliedMigrations, "applied migration")}: changes made outside migrations
          </h3>
          <TableGroups groups={historyGroups} open={openAll} />
        </section>
      ) : null}

      {report.againstSchema.findings.length > 0 ? (
        <section className="space-y-2" aria-labelledby="drift-schema">
          <h3 id="drift-schema" className="text-[13px] font-semibold text-zinc-900">Against the Prisma schema</h3>
          {pendingMigrations > 0 && report.againstHistory !== null && !explainedByPending(report, pendingMigrations) ? (
            <p className="text-xs text-zinc-500">{plural(pendingMigrations, "pending migration")} may account for some of these; apply them and check again.</p>
          ) : null}
          <p className="text-xs text-zinc-500">{riskTally(report.againstSchema.fixStatements)}, weighed against live row counts. Nothing was changed.</p>
          <TableGroups groups={schemaGroups} open={openAll} />
        </section>
      ) : null}

      {report.unmanagedTables.length > 0 ? (
        <section className="space-y-1" aria-labelledby="drift-unmanaged">
          <h3 id="drift-unmanaged" className="text-[13px] font-semibold text-zinc-900">Unmanaged on purpose, not drift</h3>
          <p className="text-[13px] text-zinc-700">
            {report.unmanagedTables.map((table, index) => (
              <span key={table}>
                {index > 0 ? ", " : ""}
                <code className="rounded bg-zinc-100 px-1 py-px font-mono text-[12px]">{table}</code>
              </span>
            ))}
            <span className="text-zinc-500">: the schema leaves these alone (MIGRATIONS_UNMANAGED_TABLES), and the fix SQL never touches them.</span>
          </p>
        </section>
      ) : null}

      {report.unmigratedSchemaChanges.length > 0 ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-[13px] text-amber-900 ring-1 ring-amber-200 ring-inset">
          The Prisma schema has {plural(report.unmigratedSchemaChanges.length, "change")} that no migration holds yet: run <code className="font-mono">npm run db:new -- &lt;name&gt;</code>.
        </p>
      ) : null}

      {report.againstSchema.fixSql ? (
        <details className="rounded-md ring-1 ring-zinc-200 ring-inset">
          <summary className="cursor-pointer px-4 py-2.5 text-[13px] font-medium text-zinc-900">The whole fix script, in the order it must run</summary>
          <div className="px-4 pb-3">
            <SqlCode sql={report.againstSchema.fixSql} label="The whole fix script" maxHeight="max-h-[32rem]" />
          </div>
        </details>
      ) : null}
    </div>
  );
}
