"use client";

import { CHIP, TOOLBAR_BUTTON } from "@/components/data-table/styles";
import { Popover } from "@/components/ui/popover";
import type { AuditFacet } from "@/lib/audit-logs/list-audit-facets";
import { formatCount } from "@/lib/format/format-count";

/**
 * Tick values of one field (action or resource type). Counts come from the newest matches of the
 * search without this field's own terms; picked values that fall outside them still show.
 */
export function AuditFacetFilter({
  label,
  facet,
  selected,
  onToggle,
}: {
  label: string;
  facet: AuditFacet | null;
  selected: string[];
  onToggle: (value: string, checked: boolean) => void;
}) {
  const values = facet?.values ?? [];
  const listed = new Set(values.map((v) => v.value));
  const options = [...values, ...selected.filter((value) => !listed.has(value)).map((value) => ({ value, count: null as number | null }))];
  return (
    <Popover
      label={`Filter by ${label.toLowerCase()}`}
      triggerClassName={`${TOOLBAR_BUTTON} ${selected.length ? "border-solid" : ""}`}
      trigger={
        <>
          <span aria-hidden="true">+</span>
          {label}
          {selected.length > 0 ? (
            <span className="ml-1 flex gap-1 border-l border-zinc-200 pl-1.5">
              {selected.length > 2 ? <span className={CHIP}>{selected.length} selected</span> : selected.map((value) => <span key={value} className={CHIP}>{value}</span>)}
            </span>
          ) : null}
        </>
      }
    >
      {() => (
        <div className="w-72">
          {options.length === 0 ? <p className="px-2 py-1.5 text-xs text-zinc-500">{facet ? "No values among these results." : "Counts are not available for this search."}</p> : null}
          <ul className="max-h-72 overflow-y-auto">
            {options.map((option) => {
              const checked = selected.includes(option.value);
              return (
                <li key={option.value}>
                  <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-[13px] text-zinc-800 hover:bg-zinc-50">
                    <input type="checkbox" className="accent-indigo-600" checked={checked} onChange={() => onToggle(option.value, !checked)} />
                    <span className="flex-1 truncate font-mono text-xs">{option.value}</span>
                    <span className="font-mono text-xs text-zinc-500 tabular-nums">{option.count === null ? "" : formatCount(option.count)}</span>
                  </label>
                </li>
              );
            })}
          </ul>
          {facet?.capped ? (
            <p className="mt-1 border-t border-zinc-100 px-2 pt-1.5 text-xs text-zinc-500">Counted among the newest {formatCount(facet.sampled)} matching events.</p>
          ) : null}
        </div>
      )}
    </Popover>
  );
}
