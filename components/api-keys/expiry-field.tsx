"use client";

import { useId, useState } from "react";
import { FieldErrors } from "@/components/ui/form-field";
import { countOf } from "@/lib/format/count-of";

// Every key needs an expiry, at most 365 days away. The date means 00:00 UTC on that day, so the
// latest date offered is always within the limit the server checks.

export const MAX_EXPIRY_DAYS = 365;
const PRESETS = [30, 90, 365] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC date `days` after today, as YYYY-MM-DD. */
export function utcDateIn(days: number): string {
  const today = new Date(new Date().toISOString().slice(0, 10));
  return new Date(today.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function ExpiryField({ label = "Expires on", name = "expiresAt", defaultDays = 90, errors }: { label?: string; name?: string; defaultDays?: number; errors?: string[] }) {
  const id = useId();
  const [value, setValue] = useState(() => utcDateIn(defaultDays));
  const days = value ? Math.round((Date.parse(value) - Date.parse(utcDateIn(0))) / DAY_MS) : null;

  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="block text-[13px] font-medium text-zinc-800">{label}</label>
        <div role="group" aria-label="Expiry presets" className="flex gap-1">
          {PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              onClick={() => setValue(utcDateIn(preset))}
              aria-pressed={days === preset}
              className="rounded px-1.5 py-0.5 text-xs font-medium text-zinc-600 ring-1 ring-zinc-200 ring-inset hover:bg-zinc-50 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-700 aria-pressed:ring-indigo-200"
            >
              {preset} days
            </button>
          ))}
        </div>
      </div>
      <input
        id={id}
        name={name}
        type="date"
        required
        min={utcDateIn(1)}
        max={utcDateIn(MAX_EXPIRY_DAYS)}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-hint`}
        className="mt-1 block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-[13px] text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-500 focus:outline-hidden aria-invalid:ring-red-400"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-500">
        {days !== null && days > 0 ? `In ${countOf(days, "day")}. ` : ""}The key stops working at 00:00 UTC on this date; at most {MAX_EXPIRY_DAYS} days from today.
      </p>
      <FieldErrors errors={errors} />
    </div>
  );
}
