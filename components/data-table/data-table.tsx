"use client";

import { useTable, type ColumnDef, type RowData, type RowSelectionState } from "@tanstack/react-table";
import { useEffect, useState, type ReactNode } from "react";
import { saveTableColumnsAction } from "@/app/(console)/preferences/actions";
import { serializeListParams, isFiltered, type ListParams } from "@/lib/data-table/list-params";
import type { ListSpec } from "@/lib/data-table/list-spec";
import type { ListResult } from "@/lib/data-table/run-list-query";
import { DataTableColumnHeader } from "./data-table-column-header";
import { dataTableFeatures, type DataTableFeatures } from "./data-table-features";
import { DataTableEmpty } from "./data-table-empty";
import { DataTablePagination } from "./data-table-pagination";
import { DataTableToolbar } from "./data-table-toolbar";
import { useListNavigation } from "./use-list-navigation";

export type BulkActionsRender<Row extends RowData> = (selected: Row[], clearSelection: () => void) => ReactNode;

export type DataTableProps<Row extends RowData> = {
  spec: ListSpec;
  params: ListParams;
  problems: string[];
  result: ListResult<Row>;
  hidden: string[];
  columns: ColumnDef<DataTableFeatures, Row, any>[];
  getRowId: (row: Row) => string;
  /** The list's export route; the current filters are appended. */
  exportPath?: string;
  /** URL params outside the spec that every link and the export keep, e.g. `tenant=<id>` for a list scoped to one tenant. */
  scopeQuery?: string;
  toolbarActions?: ReactNode;
  bulkActions?: BulkActionsRender<Row>;
  empty?: { title: string; description: ReactNode; action?: ReactNode };
};

/**
 * The one server-driven table. The URL holds the view; this component only turns clicks into
 * URL changes (via useListNavigation) and renders what the server sent.
 */
export function DataTable<Row extends RowData>(props: DataTableProps<Row>) {
  const { spec, params, result } = props;
  // Columns hide at once; the URL (and with it the server's props) follows.
  const [hidden, setHidden] = useState(props.hidden);
  const hiddenKey = props.hidden.join(",");
  useEffect(() => setHidden(hiddenKey ? hiddenKey.split(",") : []), [hiddenKey]);
  const { navigate, hrefFor, pending } = useListNavigation(spec, params, props.scopeQuery);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});

  const table = useTable({
    features: dataTableFeatures,
    columns: props.columns,
    data: result.rows,
    getRowId: (row: Row) => props.getRowId(row),
    manualSorting: true,
    enableRowSelection: Boolean(props.bulkActions),
    state: {
      rowSelection,
      columnVisibility: Object.fromEntries(hidden.map((id) => [id, false])),
      sorting: [params.sort],
    },
    onRowSelectionChange: setRowSelection,
  });

  const selected = table.getSelectedRowModel().rows.map((row) => row.original);
  const clearSelection = () => setRowSelection({});
  const exportQuery = [props.scopeQuery, serializeListParams(spec, { ...params, page: 1, hidden: null }).toString()].filter(Boolean).join("&");

  function changeHidden(next: string[]) {
    setHidden(next);
    navigate({ hidden: next, page: params.page });
    // Remembered for the person, so the next visit without `hide=` in the URL looks the same.
    void saveTableColumnsAction({ tableId: spec.id, hidden: next }).catch(() => undefined);
  }

  return (
    <section aria-label={spec.title} className="rounded-lg border border-zinc-200 bg-white shadow-xs">
      <DataTableToolbar
        spec={spec}
        params={params}
        facets={result.facets}
        hidden={hidden}
        exportHref={props.exportPath ? `${props.exportPath}${exportQuery ? `?${exportQuery}` : ""}` : undefined}
        actions={props.toolbarActions}
        onChange={(patch) => {
          clearSelection();
          navigate(patch);
        }}
        onHiddenChange={changeHidden}
      />
      {props.problems.length > 0 ? (
        <div role="alert" aria-label="Problems with this address" className="border-b border-amber-200 bg-amber-50 px-5 py-2 text-[13px] text-amber-900">
          {props.problems.join(" ")}
        </div>
      ) : null}
      {selected.length > 0 && props.bulkActions ? (
        <div className="flex flex-wrap items-center gap-3 border-b border-indigo-100 bg-indigo-50/60 px-5 py-2 text-[13px] text-indigo-900">
          <span className="font-medium">{selected.length} selected on this page</span>
          {props.bulkActions(selected, clearSelection)}
          <button type="button" onClick={clearSelection} className="ml-auto text-xs font-medium underline-offset-2 hover:underline">
            Clear selection
          </button>
        </div>
      ) : null}
      <div className={`overflow-x-auto transition-opacity ${pending ? "opacity-60" : ""}`} aria-busy={pending}>
        <table className="w-full border-collapse text-left text-[13px]">
          <caption className="sr-only">{spec.title}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const sortable = spec.sorts.includes(header.column.id);
                  const active = params.sort.id === header.column.id;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sortable && active ? (params.sort.desc ? "descending" : "ascending") : undefined}
                      className={`border-b border-zinc-200 bg-zinc-50/60 px-5 py-2 text-xs font-medium whitespace-nowrap text-zinc-500 ${meta?.align === "right" ? "text-right" : ""}`}
                    >
                      {meta?.label ? (
                        <DataTableColumnHeader label={meta.label} columnId={header.column.id} sortable={sortable} sort={params.sort} align={meta.align} onSort={(sort) => navigate({ sort })} />
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={`hover:bg-zinc-50/70 ${row.getIsSelected() ? "bg-indigo-50/40" : ""}`}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return (
                    <td
                      key={cell.id}
                      className={`border-b border-zinc-100 px-5 py-2.5 align-middle text-zinc-700 ${meta?.align === "right" ? "text-right tabular-nums" : ""} ${meta?.nowrap ? "whitespace-nowrap" : ""}`}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {result.rows.length === 0 ? (
          <DataTableEmpty
            spec={spec}
            filtered={isFiltered(params)}
            beyondLastPage={params.page > 1}
            firstPageHref={hrefFor({ page: 1 })}
            onClearFilters={() => navigate({ q: "", facets: {}, ranges: {} })}
            empty={props.empty}
          />
        ) : null}
      </div>
      <DataTablePagination
        spec={spec}
        page={result.page}
        pageSize={result.pageSize}
        rowCount={result.rows.length}
        total={result.total}
        hasNextPage={result.hasNextPage}
        hrefForPage={(page) => hrefFor({ page })}
        onPageSize={(pageSize) => navigate({ pageSize })}
      />
    </section>
  );
}
