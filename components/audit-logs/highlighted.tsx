import { splitHighlights } from "@/lib/audit-logs/highlight";

/** Text with the searched words marked; React renders every part as text, never as HTML. */
export function Highlighted({ text, terms }: { text: string | null; terms: string[] }) {
  if (text === null || text === "") return <span className="text-zinc-400">—</span>;
  return (
    <>
      {splitHighlights(text, terms).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
