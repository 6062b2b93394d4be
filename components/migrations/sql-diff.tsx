import type { DiffHunk } from "@/lib/migrations/text-diff";

const LINE_CLASSES = {
  same: "text-zinc-600",
  added: "bg-emerald-50 text-emerald-900",
  removed: "bg-red-50 text-red-900",
} as const;

const MARKS = { same: " ", added: "+", removed: "−" } as const;

/** The applied text against the file as it is now, changed lines with a little context. */
export function SqlDiff({ hunks, name }: { hunks: DiffHunk[]; name: string }) {
  if (hunks.length === 0) {
    return <p className="text-[13px] text-zinc-600">The texts differ only in line endings or trailing whitespace.</p>;
  }
  return (
    <div role="group" aria-label={`Changes to ${name} since it was applied`} className="max-h-96 overflow-auto rounded-md font-mono text-xs leading-5 ring-1 ring-zinc-200 ring-inset">
      {hunks.map((hunk, hunkIndex) => (
        <div key={hunkIndex} className={hunkIndex > 0 ? "border-t border-dashed border-zinc-200" : ""}>
          {hunk.lines.map((line, index) => (
            <div key={index} className={`flex ${LINE_CLASSES[line.kind]}`} data-diff={line.kind}>
              <span className="w-10 shrink-0 pr-2 text-right text-zinc-400 select-none">{line.oldNumber ?? ""}</span>
              <span className="w-10 shrink-0 pr-2 text-right text-zinc-400 select-none">{line.newNumber ?? ""}</span>
              <span className="w-4 shrink-0 select-none" aria-hidden="true">{MARKS[line.kind]}</span>
              <span className="sr-only">{line.kind === "same" ? "" : line.kind === "added" ? "Added: " : "Removed: "}</span>
              <span className="pr-3 whitespace-pre">{line.text}</span>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
