"use client";

import { useState } from "react";
import { Popover } from "@/components/ui/popover";
import { CHIP, TOOLBAR_BUTTON } from "@/components/data-table/styles";
import { TIME_PRESETS, type TimeRange } from "@/lib/audit-logs/query/read-controls";

const ISO_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function label(range: TimeRange): string {
  if (range.kind === "all") return "All time";
  if (range.kind === "preset") return `Last ${TIME_PRESETS.find((p) => p.value === range.after)?.label ?? range.after}`;
  return `${range.after ?? "…"} → ${range.before ?? "now"}`;
}

/** A datetime-local value (UTC) for a term value, when it is an absolute time. */
function toInput(value: string | null): string {
  const normal = value?.replace(" ", "T") ?? "";
  return ISO_MINUTE.test(normal) ? normal.slice(0, 16) : /^\d{4}-\d{2}-\d{2}$/.test(normal) ? `${normal}T00:00` : "";
}

/** Presets write after:-24h; custom writes after: and before: in UTC; all time removes both. */
export function AuditTimeRange({
  range,
  onPreset,
  onCustom,
  onAllTime,
}: {
  range: TimeRange;
  onPreset: (after: string) => void;
  onCustom: (after: string | null, before: string | null) => void;
  onAllTime: () => void;
}) {
  return (
    <div className="flex items-center gap-1" role="group" aria-label="Time range">
      <div className="inline-flex rounded-md shadow-xs ring-1 ring-zinc-300 ring-inset">
        {TIME_PRESETS.map((preset) => {
          const active = range.kind === "preset" && range.after === preset.value;
          return (
            <button
              key={preset.value}
              type="button"
              aria-pressed={active}
              onClick={() => onPreset(preset.value)}
              className={`h-8 px-2.5 text-[13px] first:rounded-l-md last:rounded-r-md ${active ? "bg-zinc-900 font-medium text-white" : "text-zinc-700 hover:bg-zinc-50"}`}
            >
              {preset.label}
            </button>
          );
        })}
      </div>
      <Popover
        label="Custom time range"
        triggerClassName={`${TOOLBAR_BUTTON} ${range.kind === "custom" ? "border-solid border-indigo-300" : ""}`}
        trigger={range.kind === "custom" ? <span className={CHIP}>{label(range)}</span> : "Custom"}
      >
        {(close) => <CustomRangeForm range={range} onCustom={onCustom} onAllTime={onAllTime} close={close} />}
      </Popover>
      {range.kind !== "all" ? (
        <button type="button" onClick={onAllTime} className="h-8 rounded-md px-2 text-[13px] text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900" aria-label="Clear the time range">
          ×
        </button>
      ) : null}
    </div>
  );
}

/** Mounted each time the popover opens, so it starts from the range the query holds now. */
function CustomRangeForm({ range, onCustom, onAllTime, close }: { range: TimeRange; onCustom: (after: string | null, before: string | null) => void; onAllTime: () => void; close: () => void }) {
  const [from, setFrom] = useState(range.kind === "custom" ? toInput(range.after) : "");
  const [to, setTo] = useState(range.kind === "custom" ? toInput(range.before) : "");
  return (
    <form
      className="w-72 space-y-2 p-1"
      onSubmit={(event) => {
        event.preventDefault();
        onCustom(from ? `${from}Z` : null, to ? `${to}Z` : null);
        close();
      }}
    >
      <label className="block text-xs font-medium text-zinc-700">
        From (UTC, inclusive)
        <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} className="mt-1 block w-full rounded-md px-2 py-1 text-[13px] ring-1 ring-zinc-300" />
      </label>
      <label className="block text-xs font-medium text-zinc-700">
        To (UTC, exclusive)
        <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} className="mt-1 block w-full rounded-md px-2 py-1 text-[13px] ring-1 ring-zinc-300" />
      </label>
      <div className="flex justify-between pt-1">
        <button type="button" onClick={() => { onAllTime(); close(); }} className="text-xs font-medium text-zinc-600 hover:text-zinc-900">
          All time
        </button>
        <button type="submit" disabled={!from && !to} className="h-7 rounded-md bg-zinc-900 px-2.5 text-xs font-medium text-white disabled:opacity-50">
          Apply
        </button>
      </div>
    </form>
  );
}
