"use client";

import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Popover } from "@/components/ui/popover";
import type { RangeValue } from "@/lib/data-table/list-params";
import type { RangeSpec } from "@/lib/data-table/list-spec";
import { CHIP, TOOLBAR_BUTTON, TOOLBAR_INPUT } from "./styles";

/** From/to bounds for a date (UTC days, both ends included) or a number column. */
export function DataTableRangeFilter({ range, value, onChange }: { range: RangeSpec; value: RangeValue | undefined; onChange: (value: RangeValue) => void }) {
  const summary = value ? `${value.from ?? "…"} – ${value.to ?? "…"}${range.unit ? ` ${range.unit}` : ""}` : null;
  const inputType = range.kind === "date" ? "date" : "number";

  return (
    <Popover
      label={`Filter by ${range.label.toLowerCase()}`}
      triggerClassName={TOOLBAR_BUTTON}
      trigger={
        <>
          <span aria-hidden="true">+</span>
          {range.label}
          {summary ? <span className={`ml-1 ${CHIP}`}>{summary}</span> : null}
        </>
      }
    >
      {(close) => {
        function submit(event: FormEvent<HTMLFormElement>) {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          onChange({ from: String(form.get("from") ?? "") || undefined, to: String(form.get("to") ?? "") || undefined });
          close();
        }
        return (
          <form onSubmit={submit} className="space-y-2 p-1">
            <div className="grid grid-cols-2 gap-2">
              <label className="text-xs font-medium text-zinc-600">
                From
                <input name="from" type={inputType} step="any" defaultValue={value?.from} className={`mt-1 w-full ${TOOLBAR_INPUT}`} />
              </label>
              <label className="text-xs font-medium text-zinc-600">
                To
                <input name="to" type={inputType} step="any" defaultValue={value?.to} className={`mt-1 w-full ${TOOLBAR_INPUT}`} />
              </label>
            </div>
            <p className="text-xs text-zinc-500">{range.kind === "date" ? "Days in UTC; both days are included." : `Both ends are included${range.unit ? `, in ${range.unit}` : ""}.`}</p>
            <div className="flex justify-end gap-2">
              {value ? (
                <Button size="sm" onClick={() => (onChange({}), close())}>
                  Clear
                </Button>
              ) : null}
              <Button size="sm" type="submit" variant="primary">
                Apply
              </Button>
            </div>
          </form>
        );
      }}
    </Popover>
  );
}
