"use client";

import type { ReactNode } from "react";
import type { ListParams } from "@/lib/data-table/list-params";
import { isFiltered } from "@/lib/data-table/list-params";
import type { ListSpec } from "@/lib/data-table/list-spec";
import type { FacetCount } from "@/lib/data-table/run-list-query";
import { DataTableFacetedFilter } from "./data-table-faceted-filter";
import { DataTableRangeFilter } from "./data-table-range-filter";
import { DataTableSearch } from "./data-table-search";
import { DataTableViewOptions } from "./data-table-view-options";
import { TOOLBAR_BUTTON } from "./styles";

export function DataTableToolbar({
  spec,
  params,
  facets,
  hidden,
  exportHref,
  actions,
  onChange,
  onHiddenChange,
}: {
  spec: ListSpec;
  params: ListParams;
  facets: Record<string, FacetCount[]>;
  hidden: string[];
  exportHref?: string;
  actions?: ReactNode;
  onChange: (patch: Partial<ListParams>) => void;
  onHiddenChange: (hidden: string[]) => void;
}) {
  const without = <T,>(record: Record<string, T>, key: string) => Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));

  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-zinc-100 px-5 py-3">
      {spec.search ? <DataTableSearch value={params.q} placeholder={spec.search.placeholder} onSearch={(q) => onChange({ q })} /> : null}
      {Object.entries(spec.facets).map(([key, facet]) => (
        <DataTableFacetedFilter
          key={key}
          facet={facet}
          counts={facets[key] ?? []}
          selected={params.facets[key] ?? []}
          onChange={(values) => onChange({ facets: values.length > 0 ? { ...params.facets, [key]: values } : without(params.facets, key) })}
        />
      ))}
      {Object.entries(spec.ranges).map(([key, range]) => (
        <DataTableRangeFilter
          key={key}
          range={range}
          value={params.ranges[key]}
          onChange={(value) => onChange({ ranges: value.from || value.to ? { ...params.ranges, [key]: value } : without(params.ranges, key) })}
        />
      ))}
      {isFiltered(params) ? (
        <button type="button" onClick={() => onChange({ q: "", facets: {}, ranges: {} })} className="h-8 rounded-md px-2 text-[13px] font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900">
          Reset
        </button>
      ) : null}
      <div className="ml-auto flex items-center gap-2">
        <DataTableViewOptions columns={spec.columns} hidden={hidden} onChange={onHiddenChange} />
        {exportHref ? (
          // A plain link: the browser streams the file to disk however large it is.
          <a href={exportHref} download className={`${TOOLBAR_BUTTON} border-solid`} title="Every row that matches the filters, not just this page">
            Export CSV
          </a>
        ) : null}
        {actions}
      </div>
    </div>
  );
}
