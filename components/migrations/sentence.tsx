/** A sentence from the migration service, whose `backticked` names become code. Text only. */
export function Sentence({ text }: { text: string }) {
  return (
    <>
      {text.split(/(`[^`]+`)/).map((part, index) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
          <code key={index} className="rounded bg-black/5 px-1 py-px font-mono text-[0.92em]">{part.slice(1, -1)}</code>
        ) : (
          part
        ),
      )}
    </>
  );
}
