import type { MigrationState, MigrationStatus } from "../migrations/status";
import { colour, formatDuration, formatTimestamp, renderTable } from "./terminal";

const stateLabel: Record<MigrationState, (text: string) => string> = {
  applied: colour.green,
  pending: colour.yellow,
  rolled_back: colour.yellow,
  failed: colour.red,
  edited: colour.red,
  missing_locally: colour.red,
};

const stateText: Record<MigrationState, string> = {
  applied: "applied",
  pending: "pending",
  rolled_back: "rolled back",
  failed: "failed",
  edited: "edited since applied",
  missing_locally: "in database only",
};

export function printStatus(status: MigrationStatus, databaseLabel: string): void {
  console.log(`${colour.bold("Database")}    ${databaseLabel}`);
  if (status.inventory.alembicRevision) console.log(`${colour.bold("Alembic")}     revision ${status.inventory.alembicRevision}`);
  console.log("");
  if (status.migrations.length > 0) {
    const rows = status.migrations.map((m) => [
      m.name,
      stateLabel[m.state](stateText[m.state]),
      formatTimestamp(m.finishedAt ?? m.startedAt),
      formatDuration(m.durationMs),
    ]);
    console.log(renderTable(["MIGRATION", "STATE", "APPLIED AT", "DURATION"], rows));
    console.log("");
  }
  for (const m of status.migrations.filter((entry) => entry.state === "failed" && entry.logs)) {
    console.log(colour.red(`  ${m.name} failed:`));
    console.log(m.logs!.split("\n").map((line) => `    ${line}`).join("\n"));
    console.log("");
  }
  const mark = status.summary.level === "ok" ? colour.green("✔") : status.summary.level === "warning" ? colour.yellow("!") : colour.red("✖");
  console.log(`${mark} ${status.summary.sentence}`);
}
