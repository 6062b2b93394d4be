import { tokenizeSql, type SqlTokenKind } from "@/lib/migrations/sql-tokens";

const TOKEN_CLASSES: Record<SqlTokenKind, string> = {
  keyword: "font-semibold text-indigo-700",
  type: "text-violet-700",
  string: "text-amber-700",
  identifier: "text-emerald-700",
  number: "text-orange-700",
  comment: "text-zinc-400 italic",
  punctuation: "text-zinc-500",
  text: "",
};

/** SQL with its keywords, names and strings coloured. Text only: React escapes every token. */
export function SqlCode({ sql, label, maxHeight = "max-h-96" }: { sql: string; label: string; maxHeight?: string }) {
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      className={`${maxHeight} overflow-auto rounded-md bg-zinc-50 px-3 py-2.5 font-mono text-xs leading-5 text-zinc-800 ring-1 ring-zinc-200 ring-inset`}
    >
      <code>
        {tokenizeSql(sql).map((token, index) =>
          token.kind === "text" ? token.text : (
            <span key={index} className={TOKEN_CLASSES[token.kind]} data-token={token.kind}>
              {token.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}
