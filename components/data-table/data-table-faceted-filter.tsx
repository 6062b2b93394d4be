"use client";

import { useEffect, useState } from "react";
import { Popover } from "@/components/ui/popover";
import { formatCount } from "@/lib/format/format-count";
import type { FacetCount } from "@/lib/data-table/run-list-query";
import type { FacetSpec } from "@/lib/data-table/list-spec";
import { CHIP, TOOLBAR_BUTTON } from "./styles";

/** Tick values to filter by; each shows how many rows it would match under the other filters. */
export function DataTableFacetedFilter({
  facet,
  counts,
  selected: selectedInUrl,
  onChange: navigate,
}: {
  facet: FacetSpec;
  counts: FacetCount[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  // Ticks show at once; the URL (and the server's counts) follow.
  const [selected, setSelected] = useState(selectedInUrl);
  const urlKey = selectedInUrl.join(",");
  // Keyed by value, not identity: a re-render while the URL changes must not undo the tick.
  useEffect(() => setSelected(urlKey ? urlKey.split(",") : []), [urlKey]);
  const onChange = (values: string[]) => {
    setSelected(values);
    navigate(values);
  };
  const options = facet.options ?? counts.map((count) => ({ value: count.value, label: count.value }));
  const countOf = (value: string) => counts.find((count) => count.value === value);
  const labelOf = (value: string) => options.find((option) => option.value === value)?.label ?? value;

  return (
    <Popover
      label={`Filter by ${facet.label.toLowerCase()}`}
      triggerClassName={TOOLBAR_BUTTON}
      trigger={
        <>
          <span aria-hidden="true">+</span>
          {facet.label}
          {selected.length > 0 ? (
            <span className="ml-1 flex gap-1 border-l border-zinc-200 pl-1.5">
              {selected.length > 2 ? <span className={CHIP}>{selected.length} selected</span> : selected.map((value) => <span key={value} className={CHIP}>{labelOf(value)}</span>)}
            </span>
          ) : null}
        </>
      }
    >
      {() => (
        <div>
          <ul className="max-h-72 overflow-y-auto">
            {options.map((option) => {
              const count = countOf(option.value);
              const checked = selected.includes(option.value);
              return (
                <li key={option.value}>
                  <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-[13px] text-zinc-800 hover:bg-zinc-50">
                    <input
                      type="checkbox"
                      className="accent-indigo-600"
                      checked={checked}
                      onChange={() => onChange(checked ? selected.filter((value) => value !== option.value) : [...selected, option.value])}
                    />
                    <span className="flex-1">{option.label}</span>
                    <span className="font-mono text-xs text-zinc-500 tabular-nums" title={count && !count.exact ? "Estimated by the database planner" : undefined}>
                      {count ? `${count.exact ? "" : "≈"}${formatCount(count.count)}` : "0"}
                    </span>
                  </label>
                </li>
              );
            })}
            {options.length === 0 ? <li className="px-2 py-1.5 text-[13px] text-zinc-500">No values in these rows.</li> : null}
          </ul>
          {selected.length > 0 ? (
            <button type="button" onClick={() => onChange([])} className="mt-1 w-full rounded border-t border-zinc-100 px-2 pt-2 pb-1 text-center text-xs font-medium text-zinc-600 hover:text-zinc-900">
              Clear {facet.label.toLowerCase()}
            </button>
          ) : null}
        </div>
      )}
    </Popover>
  );
}
