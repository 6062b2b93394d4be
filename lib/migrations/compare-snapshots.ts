import type { ColumnSnapshot, ForeignKeySnapshot, IndexSnapshot, SchemaSnapshot, TableSnapshot } from "./schema-snapshot";

// Explains, in sentences, how a live database differs from what it should be. "Expected" is a
// scratch database built from the Prisma schema or from the migration history.

export type DriftKind =
  | "table_missing" | "table_extra"
  | "column_missing" | "column_extra" | "column_renamed" | "column_type" | "column_nullability" | "column_default"
  | "index_missing" | "index_extra" | "foreign_key_missing" | "foreign_key_extra"
  | "enum_missing" | "enum_extra" | "enum_values";

export type DriftFinding = {
  kind: DriftKind;
  table: string | null;
  object: string;
  sentence: string;
  /** For a column that looks renamed: the statement that keeps its data, instead of a drop and an add. */
  renameSql?: string;
};

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

const code = (name: string) => `\`${name}\``;

type TypeFamily = "text" | "number" | "json" | "time" | "uuid" | "bool" | "network" | "other";

function typeFamily(type: string, enums: Set<string>): TypeFamily {
  const t = type.replace(/\[\]$/, "").replace(/"/g, "");
  if (enums.has(t) || /char|text|citext/.test(t)) return "text";
  if (/int|numeric|decimal|real|double|serial/.test(t)) return "number";
  if (/json/.test(t)) return "json";
  if (/timestamp|date|time/.test(t)) return "time";
  if (t === "uuid") return "uuid";
  if (t === "boolean") return "bool";
  if (/inet|cidr/.test(t)) return "network";
  return "other";
}

// Renames that the Agent Factory backend is known to have made (from the schema audit). Other
// pairs are found by shape alone: one missing and one extra column of a compatible type.
const KNOWN_RENAMES: Array<[string, string]> = [
  ["user_id", "created_by"],
  ["type", "execution_type"],
  ["result", "output_data"],
  ["metadata", "details"],
];

function nameTokens(name: string): Set<string> {
  return new Set(name.split("_").filter((t) => t.length > 1 && t !== "id"));
}

function pairRenames(
  missing: ColumnSnapshot[],
  extra: ColumnSnapshot[],
  enums: Set<string>,
): Array<[ColumnSnapshot, ColumnSnapshot]> {
  const pairs: Array<[ColumnSnapshot, ColumnSnapshot]> = [];
  const freeMissing = new Set(missing);
  const freeExtra = new Set(extra);
  const compatible = (a: ColumnSnapshot, b: ColumnSnapshot) => typeFamily(a.type, enums) === typeFamily(b.type, enums);
  const take = (from: ColumnSnapshot, to: ColumnSnapshot) => {
    pairs.push([from, to]);
    freeExtra.delete(from);
    freeMissing.delete(to);
  };
  for (const [oldName, newName] of KNOWN_RENAMES) {
    const from = [...freeExtra].find((c) => c.name === oldName);
    const to = [...freeMissing].find((c) => c.name === newName);
    if (from && to && compatible(from, to)) take(from, to);
  }
  for (const from of [...freeExtra]) {
    const candidates = [...freeMissing].filter((to) => compatible(from, to));
    const sharing = candidates.filter((to) => [...nameTokens(from.name)].some((t) => nameTokens(to.name).has(t)));
    const extraOfFamily = [...freeExtra].filter((c) => compatible(c, from));
    const choice = sharing.length === 1 ? sharing[0] : candidates.length === 1 && extraOfFamily.length === 1 ? candidates[0] : undefined;
    if (choice) take(from, choice);
  }
  return pairs;
}

// now() and CURRENT_TIMESTAMP are one default, and a literal's cast follows the column's type,
// which is reported on its own.
function comparableDefault(expression: string | null): string | null {
  if (!expression) return null;
  return expression.replace(/^now\(\)$/i, "CURRENT_TIMESTAMP").replace(/^('(?:[^']|'')*')::[\w\s."()]+$/, "$1");
}

function describeColumn(column: ColumnSnapshot): string {
  return `${column.type}${column.notNull ? " NOT NULL" : ""}${column.default ? ` DEFAULT ${column.default}` : ""}`;
}

function compareColumns(table: string, expected: TableSnapshot, actual: TableSnapshot, enums: Set<string>): DriftFinding[] {
  const findings: DriftFinding[] = [];
  const missing = [...expected.columns.values()].filter((c) => !actual.columns.has(c.name));
  const extra = [...actual.columns.values()].filter((c) => !expected.columns.has(c.name));
  const renames = pairRenames(missing, extra, enums);
  const renamedFrom = new Set(renames.map(([from]) => from.name));
  const renamedTo = new Set(renames.map(([, to]) => to.name));

  for (const [from, to] of renames) {
    const typeNote = from.type === to.type ? "" : ` (and its type differs: ${from.type} in the database, ${to.type} in the schema)`;
    findings.push({
      kind: "column_renamed", table, object: `${table}.${from.name}`,
      sentence: `${code(`${table}.${from.name}`)} exists in the database but the schema calls it ${code(to.name)}${typeNote}.`,
      renameSql: `ALTER TABLE ${quoteIdent(table)} RENAME COLUMN ${quoteIdent(from.name)} TO ${quoteIdent(to.name)};`,
    });
  }
  for (const column of missing.filter((c) => !renamedTo.has(c.name))) {
    findings.push({
      kind: "column_missing", table, object: `${table}.${column.name}`,
      sentence: `Column ${code(`${table}.${column.name}`)} (${describeColumn(column)}) is missing from the database.`,
    });
  }
  for (const column of extra.filter((c) => !renamedFrom.has(c.name))) {
    findings.push({
      kind: "column_extra", table, object: `${table}.${column.name}`,
      sentence: `Column ${code(`${table}.${column.name}`)} (${column.type}) exists in the database but not in the schema.`,
    });
  }
  for (const want of expected.columns.values()) {
    const have = actual.columns.get(want.name);
    if (!have) continue;
    const name = code(`${table}.${want.name}`);
    if (have.type !== want.type) {
      findings.push({ kind: "column_type", table, object: `${table}.${want.name}`, sentence: `${name} is ${have.type} in the database but ${want.type} in the schema.` });
    }
    if (have.notNull !== want.notNull) {
      const sentence = want.notNull ? `${name} allows NULL in the database but the schema requires a value.` : `${name} is NOT NULL in the database but optional in the schema.`;
      findings.push({ kind: "column_nullability", table, object: `${table}.${want.name}`, sentence });
    }
    if (comparableDefault(have.default) !== comparableDefault(want.default)) {
      findings.push({
        kind: "column_default", table, object: `${table}.${want.name}`,
        sentence: `${name} defaults to ${have.default ?? "nothing"} in the database but to ${want.default ?? "nothing"} in the schema.`,
      });
    }
  }
  return findings;
}

function indexLabel(index: IndexSnapshot): string {
  const kind = index.primary ? "Primary key" : index.unique ? "Unique index" : "Index";
  return `${kind} on (${index.columns.join(", ")})`;
}

function compareIndexes(table: string, expected: TableSnapshot, actual: TableSnapshot): DriftFinding[] {
  const findings: DriftFinding[] = [];
  const actualSignatures = new Set(actual.indexes.map((i) => i.signature));
  const expectedSignatures = new Set(expected.indexes.map((i) => i.signature));
  for (const index of expected.indexes.filter((i) => !actualSignatures.has(i.signature))) {
    findings.push({ kind: "index_missing", table, object: index.name, sentence: `${indexLabel(index)} on ${code(table)} is missing from the database.` });
  }
  for (const index of actual.indexes.filter((i) => !expectedSignatures.has(i.signature))) {
    findings.push({ kind: "index_extra", table, object: index.name, sentence: `${indexLabel(index)} on ${code(table)} (${code(index.name)}) exists in the database but not in the schema.` });
  }
  return findings;
}

const fkSignature = (fk: ForeignKeySnapshot) => `${fk.columns.join(",")}->${fk.refTable}(${fk.refColumns.join(",")}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`;
const fkLabel = (table: string, fk: ForeignKeySnapshot) =>
  `Foreign key ${code(`${table}(${fk.columns.join(", ")})`)} → ${code(`${fk.refTable}(${fk.refColumns.join(", ")})`)} ON DELETE ${fk.onDelete}`;

function compareForeignKeys(table: string, expected: TableSnapshot, actual: TableSnapshot): DriftFinding[] {
  const findings: DriftFinding[] = [];
  const have = new Set(actual.foreignKeys.map(fkSignature));
  const want = new Set(expected.foreignKeys.map(fkSignature));
  const missing = expected.foreignKeys.filter((f) => !have.has(fkSignature(f)));
  const extra = actual.foreignKeys.filter((f) => !want.has(fkSignature(f)));
  const target = (fk: ForeignKeySnapshot) => `${fk.columns.join(",")}->${fk.refTable}(${fk.refColumns.join(",")})`;
  for (const fk of missing) {
    const changed = extra.find((e) => target(e) === target(fk));
    if (changed) {
      extra.splice(extra.indexOf(changed), 1);
      findings.push({
        kind: "foreign_key_missing", table, object: fk.name,
        sentence: `Foreign key ${code(`${table}(${fk.columns.join(", ")})`)} → ${code(fk.refTable)} is ON DELETE ${changed.onDelete} in the database but ON DELETE ${fk.onDelete} in the schema.`,
      });
    } else {
      findings.push({ kind: "foreign_key_missing", table, object: fk.name, sentence: `${fkLabel(table, fk)} is missing from the database.` });
    }
  }
  for (const fk of extra) {
    findings.push({ kind: "foreign_key_extra", table, object: fk.name, sentence: `${fkLabel(table, fk)} exists in the database but not in the schema.` });
  }
  return findings;
}

function compareEnums(expected: SchemaSnapshot, actual: SchemaSnapshot): DriftFinding[] {
  const findings: DriftFinding[] = [];
  for (const [name, labels] of expected.enums) {
    const have = actual.enums.get(name);
    if (!have) {
      findings.push({ kind: "enum_missing", table: null, object: name, sentence: `Enum ${code(name)} (${labels.join(", ")}) is missing from the database.` });
    } else if (have.join(",") !== labels.join(",")) {
      findings.push({
        kind: "enum_values", table: null, object: name,
        sentence: `Enum ${code(name)} has values (${have.join(", ")}) in the database but (${labels.join(", ")}) in the schema.`,
      });
    }
  }
  for (const name of actual.enums.keys()) {
    if (!expected.enums.has(name)) findings.push({ kind: "enum_extra", table: null, object: name, sentence: `Enum ${code(name)} exists in the database but not in the schema.` });
  }
  return findings;
}

export function compareSnapshots(
  expected: SchemaSnapshot,
  actual: SchemaSnapshot,
  options: { unmanagedTables?: string[] } = {},
): DriftFinding[] {
  const unmanaged = new Set(options.unmanagedTables ?? []);
  const enums = new Set([...expected.enums.keys(), ...actual.enums.keys()]);
  const findings: DriftFinding[] = [];
  const names = [...new Set([...expected.tables.keys(), ...actual.tables.keys()])].filter((t) => !unmanaged.has(t)).sort();
  for (const table of names) {
    const want = expected.tables.get(table);
    const have = actual.tables.get(table);
    if (want && !have) {
      findings.push({ kind: "table_missing", table, object: table, sentence: `Table ${code(table)} is missing from the database.` });
    } else if (!want && have) {
      findings.push({ kind: "table_extra", table, object: table, sentence: `Table ${code(table)} exists in the database but not in the schema.` });
    } else if (want && have) {
      findings.push(...compareColumns(table, want, have, enums), ...compareIndexes(table, want, have), ...compareForeignKeys(table, want, have));
    }
  }
  findings.push(...compareEnums(expected, actual));
  return findings;
}
