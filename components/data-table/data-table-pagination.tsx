"use client";

import Link from "next/link";
import type { ListTotal } from "@/lib/data-table/run-list-query";
import { MAX_OFFSET_ROWS } from "@/lib/data-table/list-params";
import type { ListSpec } from "@/lib/data-table/list-spec";
import { formatApproximateCount } from "@/lib/format/format-approximate-count";
import { formatCount } from "@/lib/format/format-count";

const LINK =
  "inline-flex h-7 items-center rounded-md px-2.5 text-xs font-medium text-zinc-700 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-500";
const DISABLED = "inline-flex h-7 items-center rounded-md px-2.5 text-xs font-medium text-zinc-300 ring-1 ring-zinc-200 ring-inset";

/** "Rows 26–50 of about 2.1 M": pages are links, so they work without JavaScript and open in new tabs. */
export function DataTablePagination({
  spec,
  page,
  pageSize,
  rowCount,
  total,
  hasNextPage,
  hrefForPage,
  onPageSize,
}: {
  spec: ListSpec;
  page: number;
  pageSize: number;
  rowCount: number;
  total: ListTotal;
  hasNextPage: boolean;
  hrefForPage: (page: number) => string;
  onPageSize: (size: number) => void;
}) {
  const first = rowCount === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = (page - 1) * pageSize + rowCount;
  const lastPage = total.exact ? Math.max(1, Math.ceil(total.count / pageSize)) : null;
  // The server shows no page past MAX_OFFSET_ROWS, so no link leads there.
  const deepest = Math.floor((MAX_OFFSET_ROWS - 1) / pageSize) + 1;
  const nextAllowed = hasNextPage && page < deepest;
  const totalText = total.exact ? formatCount(total.count) : formatApproximateCount(total.count);
  const noun = total.count === 1 && total.exact ? spec.noun.one : spec.noun.many;

  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 border-t border-zinc-100 px-5 py-3 text-xs text-zinc-600">
      <p aria-live="polite">
        {rowCount === 0 ? `No ${spec.noun.many} on this page` : `${formatCount(first)}–${formatCount(last)} of ${totalText} ${noun}`}
        {!total.exact ? <span className="text-zinc-400" title="Counting stops at 10,000 rows; beyond that the database planner estimates."> (estimated)</span> : null}
      </p>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-1.5">
          Rows per page
          <select
            value={pageSize}
            onChange={(event) => onPageSize(Number(event.target.value))}
            className="h-7 rounded-md border-0 bg-white py-0 pr-7 pl-2 text-xs ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-500"
          >
            {spec.pageSizes.map((size) => (
              <option key={size} value={size}>{size}</option>
            ))}
          </select>
        </label>
        <span className="px-1 tabular-nums">Page {formatCount(page)}{lastPage ? ` of ${formatCount(lastPage)}` : ""}</span>
        <PageLink href={page > 1 ? hrefForPage(1) : null} label="First page">«</PageLink>
        <PageLink href={page > 1 ? hrefForPage(page - 1) : null} label="Previous page">Previous</PageLink>
        <PageLink href={nextAllowed ? hrefForPage(page + 1) : null} label="Next page">Next</PageLink>
        {lastPage && lastPage <= deepest ? <PageLink href={page < lastPage ? hrefForPage(lastPage) : null} label="Last page">»</PageLink> : null}
      </div>
    </nav>
  );
}

function PageLink({ href, label, children }: { href: string | null; label: string; children: string }) {
  if (!href) return <span aria-disabled="true" aria-label={label} className={DISABLED}>{children}</span>;
  return (
    <Link href={href} aria-label={label} scroll={false} className={LINK}>
      {children}
    </Link>
  );
}
