// Counts the rows of an export as its bytes arrive, for the progress line in the browser. A CSV
// record ends at a line break outside quotes (a quoted value may hold line breaks; "" inside
// quotes flips the state twice, so it needs no special case); NDJSON has one row per line.

export type RowCounter = { push: (text: string) => void; rows: () => number };

export function createRowCounter(format: "csv" | "ndjson"): RowCounter {
  let lines = 0;
  let inQuotes = false;
  return {
    push(text) {
      for (let i = 0; i < text.length; i += 1) {
        const char = text.charCodeAt(i);
        if (format === "csv" && char === 34) inQuotes = !inQuotes;
        else if (char === 10 && !inQuotes) lines += 1;
      }
    },
    // The CSV header is a line too.
    rows: () => Math.max(0, format === "csv" ? lines - 1 : lines),
  };
}
