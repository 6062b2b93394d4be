import { columnVisibilityFeature, createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures, type RowData } from "@tanstack/react-table";

// The features every list uses. Sorting, paging and filtering happen on the server, so the
// table only tracks which rows are selected, which columns show, and how the URL sorts.
export const dataTableFeatures = tableFeatures({
  rowSelectionFeature,
  columnVisibilityFeature,
  rowSortingFeature,
  columnMeta: {} as {
    /** Matches the spec's column label, for the view options and the header. */
    label?: string;
    align?: "left" | "right";
    /** Cells that should never wrap (ids, dates, money). */
    nowrap?: boolean;
  },
});

export type DataTableFeatures = typeof dataTableFeatures;

export function createDataTableColumns<Row extends RowData>() {
  return createColumnHelper<DataTableFeatures, Row>();
}
