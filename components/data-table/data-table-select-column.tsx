"use client";

import type { ColumnDef, RowData } from "@tanstack/react-table";
import type { DataTableFeatures } from "./data-table-features";

/** The checkbox column for lists with bulk actions; it selects rows on the current page only. */
export function selectColumn<Row extends RowData>(): ColumnDef<DataTableFeatures, Row, unknown> {
  return {
    id: "select",
    enableHiding: false,
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Select every row on this page"
        className="accent-indigo-600"
        checked={table.getIsAllPageRowsSelected()}
        ref={(input) => {
          if (input) input.indeterminate = table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected();
        }}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input type="checkbox" aria-label="Select row" className="accent-indigo-600" checked={row.getIsSelected()} onChange={() => row.toggleSelected()} />
    ),
  };
}
