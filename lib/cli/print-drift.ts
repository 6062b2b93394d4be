import type { DriftFinding } from "../migrations/compare-snapshots";
import type { DriftReport } from "../migrations/drift";
import { colour } from "./terminal";

function groupByTable(findings: DriftFinding[]): Map<string, DriftFinding[]> {
  const groups = new Map<string, DriftFinding[]>();
  for (const finding of findings) {
    const key = finding.table ?? "(enums)";
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return groups;
}

function printFindings(title: string, findings: DriftFinding[]): void {
  const groups = groupByTable(findings);
  console.log(colour.bold(`${title}: ${findings.length} difference${findings.length === 1 ? "" : "s"} in ${groups.size} place${groups.size === 1 ? "" : "s"}`));
  for (const [table, items] of groups) {
    console.log(`\n  ${colour.cyan(table)}`);
    for (const item of items) console.log(`    • ${item.sentence}`);
  }
  console.log("");
}

export function printDrift(report: DriftReport, databaseLabel: string): void {
  console.log(`${colour.bold("Database")}    ${databaseLabel}`);
  console.log(`${colour.bold("Checked")}     ${report.checkedAt} in ${report.durationMs} ms\n`);

  if (report.againstHistory === null) {
    console.log(colour.yellow("This database has no Prisma migration history, so it is compared with the schema only.\n"));
  } else if (report.againstHistory.findings.length > 0) {
    printFindings(`Against its ${report.againstHistory.appliedMigrations} applied migration(s) (changes made outside migrations)`, report.againstHistory.findings);
  }
  if (report.againstSchema.findings.length > 0) printFindings("Against the Prisma schema", report.againstSchema.findings);
  if (report.unmanagedTables.length > 0) {
    console.log(colour.dim(`Unmanaged on purpose, not drift: ${report.unmanagedTables.join(", ")} (MIGRATIONS_UNMANAGED_TABLES)\n`));
  }
  if (report.unmigratedSchemaChanges.length > 0) {
    console.log(colour.yellow(`The Prisma schema has ${report.unmigratedSchemaChanges.length} change(s) that no migration holds yet: run \`npm run db:new -- <name>\`.\n`));
  }
  const statements = report.againstSchema.fixStatements;
  if (statements.length > 0) {
    const tally = (risk: string) => statements.filter((s) => s.risk === risk).length;
    console.log(colour.bold(`SQL that would bring the database to the schema: ${statements.length} statements, ${tally("destructive")} destructive, ${tally("blocking")} blocking.`));
    console.log(colour.dim("Review it before running anything; nothing was changed.\n"));
    const paint = { destructive: colour.red, blocking: colour.yellow, safe: colour.green };
    for (const statement of statements) {
      console.log(`  ${paint[statement.risk](`[${statement.risk}]`)} ${statement.reason}`);
      console.log(colour.dim(statement.sql.split("\n").map((line) => `      ${line}`).join("\n")));
    }
    console.log("");
  }
  console.log(report.hasDrift ? colour.red("✖ Drift found.") : colour.green("✔ No drift: the database matches its migrations and the Prisma schema."));
}
