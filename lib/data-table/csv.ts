// CSV as spreadsheets read it (RFC 4180), safe to open: a text cell that a spreadsheet would run
// as a formula (starting with = + - @, a tab or a carriage return) is prefixed with a quote, so
// it shows as text. Numbers the console writes itself are left alone, so "-12.50" stays a number.

export type CsvValue = string | number | bigint | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Marks a money or decimal string as a number the console produced, exempt from neutralising. */
export function csvNumber(value: string | null | undefined): number | string | null {
  if (value === null || value === undefined) return null;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}
