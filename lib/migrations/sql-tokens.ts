// A small SQL tokenizer for highlighting migrations on the page. It only has to colour text, not
// parse it: every character of the input ends up in exactly one token, in order, so joining the
// tokens gives the input back and nothing is ever rendered as HTML.

export type SqlTokenKind = "keyword" | "type" | "string" | "identifier" | "number" | "comment" | "punctuation" | "text";
export type SqlToken = { kind: SqlTokenKind; text: string };

const KEYWORDS = new Set(
  `add alter and as asc before begin by cascade check column comment commit concurrently constraint create current_timestamp
   declare default deferrable delete desc distinct do drop each else end enum exception execute exists extension for foreign from
   function grant if immediate in index initially insert into is key language limit not null of on or order perform primary
   procedure raise references rename replace restrict return returns revoke rollback row select sequence set statistics table then to
   trigger truncate type unique update using values view when where with without`.split(/\s+/),
);

const TYPES = new Set(
  `bigint bigserial boolean bool char character date decimal double float integer int inet json jsonb numeric precision real
   serial smallint text time timestamp timestamptz uuid varchar varying zone trigger`.split(/\s+/),
);

// Order matters: comments and strings before anything that could start inside them.
const RULES: Array<[SqlTokenKind, RegExp]> = [
  ["comment", /--[^\n]*/y],
  ["comment", /\/\*[\s\S]*?(?:\*\/|$)/y],
  ["string", /(\$[A-Za-z_0-9]*\$)[\s\S]*?(?:\1|$)/y],
  ["string", /[Ee]?'(?:[^']|'')*(?:'|$)/y],
  ["identifier", /"(?:[^"]|"")*(?:"|$)/y],
  ["number", /\b\d+(?:\.\d+)?\b/y],
  ["text", /[A-Za-z_][A-Za-z_0-9$]*/y],
  ["text", /\s+/y],
  ["punctuation", /[(),;.:=<>+\-*/[\]|&!~^%@#?]+/y],
];

export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let index = 0;
  const push = (kind: SqlTokenKind, text: string) => {
    const last = tokens.at(-1);
    // Neighbouring plain text merges, so the page renders fewer spans.
    if (last && last.kind === kind && (kind === "text" || kind === "punctuation")) last.text += text;
    else tokens.push({ kind, text });
  };
  outer: while (index < sql.length) {
    for (const [kind, pattern] of RULES) {
      pattern.lastIndex = index;
      const match = pattern.exec(sql);
      if (!match || match[0].length === 0) continue;
      const text = match[0];
      if (kind === "text" && /^[A-Za-z_]/.test(text)) {
        const lower = text.toLowerCase();
        push(KEYWORDS.has(lower) ? "keyword" : TYPES.has(lower) ? "type" : "text", text);
      } else {
        push(kind, text);
      }
      index += text.length;
      continue outer;
    }
    push("text", sql[index]!);
    index += 1;
  }
  return tokens;
}
