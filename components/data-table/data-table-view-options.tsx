"use client";

import { Popover } from "@/components/ui/popover";
import type { ColumnSpec } from "@/lib/data-table/list-spec";
import { TOOLBAR_BUTTON } from "./styles";

/** Which columns show. The choice goes into the URL and is saved for the signed-in person. */
export function DataTableViewOptions({ columns, hidden, onChange }: { columns: readonly ColumnSpec[]; hidden: string[]; onChange: (hidden: string[]) => void }) {
  const hideable = columns.filter((column) => column.hideable !== false);
  return (
    <Popover label="Choose columns" align="end" triggerClassName={`${TOOLBAR_BUTTON} border-solid`} trigger={<>Columns{hidden.length > 0 ? <span className="text-xs text-zinc-500">({hidden.length} hidden)</span> : null}</>}>
      {() => (
        <ul>
          {hideable.map((column) => {
            const visible = !hidden.includes(column.id);
            return (
              <li key={column.id}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-[13px] text-zinc-800 hover:bg-zinc-50">
                  <input
                    type="checkbox"
                    className="accent-indigo-600"
                    checked={visible}
                    onChange={() => onChange(visible ? [...hidden, column.id] : hidden.filter((id) => id !== column.id))}
                  />
                  {column.label}
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </Popover>
  );
}
