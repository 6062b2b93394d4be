"use client";

import type { SortState } from "@/lib/data-table/list-spec";

/** A header that sorts: click toggles the direction; aria-sort tells screen readers the order. */
export function DataTableColumnHeader({
  label,
  sortable,
  sort,
  columnId,
  align,
  onSort,
}: {
  label: string;
  sortable: boolean;
  sort: SortState;
  columnId: string;
  align?: "left" | "right";
  onSort: (sort: SortState) => void;
}) {
  const active = sort.id === columnId;
  if (!sortable) return <span>{label}</span>;
  const arrow = active ? (sort.desc ? "↓" : "↑") : "↕";
  return (
    <button
      type="button"
      onClick={() => onSort({ id: columnId, desc: active ? !sort.desc : false })}
      className={`-mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500 ${align === "right" ? "flex-row-reverse" : ""} ${active ? "text-zinc-900" : ""}`}
      title={`Sort by ${label.toLowerCase()}`}
    >
      {label}
      <span aria-hidden="true" className={active ? "text-indigo-600" : "text-zinc-300"}>{arrow}</span>
    </button>
  );
}
