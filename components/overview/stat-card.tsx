import type { ReactNode } from "react";
import { formatCount } from "@/lib/format/format-count";

export function StatCard({ label, value, detail }: { label: string; value: number | string; detail?: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="rounded-lg border border-zinc-200 bg-white px-5 py-4 shadow-xs">
      <p className="text-[13px] font-medium text-zinc-500">{label}</p>
      <p className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums">{typeof value === "number" ? formatCount(value) : value}</p>
      {detail ? <p className="mt-1 text-xs text-zinc-500">{detail}</p> : null}
    </div>
  );
}
