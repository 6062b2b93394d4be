/**
 * Stored JSON as readable, indented text. Rendered as a text node, so whatever a tenant put in
 * it shows as characters and never runs as HTML.
 */
export function JsonText({ value, empty = "Nothing stored." }: { value: unknown; empty?: string }) {
  if (value === null || value === undefined) return <p className="text-[13px] text-zinc-500">{empty}</p>;
  return (
    <pre className="max-h-[32rem] overflow-auto rounded-md bg-zinc-50 p-3 font-mono text-xs leading-5 whitespace-pre-wrap break-words text-zinc-800 ring-1 ring-zinc-200 ring-inset">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** Free text a tenant wrote (a system prompt, an error), kept with its line breaks. */
export function PlainText({ value, empty = "None.", tone = "neutral" }: { value: string | null | undefined; empty?: string; tone?: "neutral" | "danger" }) {
  if (!value) return <p className="text-[13px] text-zinc-500">{empty}</p>;
  const colours = tone === "danger" ? "bg-red-50 text-red-900 ring-red-200" : "bg-zinc-50 text-zinc-800 ring-zinc-200";
  return (
    <pre className={`max-h-[32rem] overflow-auto rounded-md p-3 font-mono text-xs leading-5 whitespace-pre-wrap break-words ring-1 ring-inset ${colours}`}>
      {value}
    </pre>
  );
}
