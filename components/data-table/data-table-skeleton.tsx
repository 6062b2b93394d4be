/** What a list shows while its first rows load: the toolbar's and table's shapes, gently pulsing. */
export function DataTableSkeleton({ columns = 6, rows = 10 }: { columns?: number; rows?: number }) {
  return (
    <div role="status" aria-label="Loading" className="rounded-lg border border-zinc-200 bg-white shadow-xs">
      <div className="flex gap-2 border-b border-zinc-100 px-5 py-3">
        <div className="h-8 w-64 animate-pulse rounded-md bg-zinc-100" />
        <div className="h-8 w-24 animate-pulse rounded-md bg-zinc-100" />
        <div className="h-8 w-24 animate-pulse rounded-md bg-zinc-100" />
      </div>
      <div className="divide-y divide-zinc-100">
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="grid gap-4 px-5 py-3" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
            {Array.from({ length: columns }, (_, column) => (
              <div key={column} className="h-4 animate-pulse rounded bg-zinc-100" style={{ width: `${55 + ((row * 7 + column * 13) % 40)}%` }} />
            ))}
          </div>
        ))}
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
