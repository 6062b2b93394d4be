"use client";

export type Notice = { tone: "success" | "error"; text: string };

// Always in the page, so screen readers announce each new message as it arrives.
export function ActionNotice({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const styles = notice?.tone === "error" ? "bg-red-50 text-red-800 ring-red-200" : "bg-emerald-50 text-emerald-800 ring-emerald-200";
  return (
    <div role="status" aria-live="polite">
      {notice ? (
        <div className={`flex items-start justify-between gap-4 rounded-md px-4 py-2.5 text-[13px] ring-1 ring-inset ${styles}`}>
          <p>{notice.text}</p>
          <button type="button" onClick={onDismiss} className="shrink-0 rounded text-xs font-medium underline-offset-2 hover:underline">
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
