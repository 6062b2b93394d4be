/** What the usage page shows while its charts and the over-limit list load. */
export function UsageChartsSkeleton() {
  return (
    <div role="status" aria-label="Loading usage charts" className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-3">
        {[0, 1, 2].map((key) => (
          <ChartCardSkeleton key={key} height={120} />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {[0, 1].map((key) => (
          <ChartCardSkeleton key={key} height={100} />
        ))}
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}

function ChartCardSkeleton({ height }: { height: number }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-5 pt-4 pb-3 shadow-xs">
      <div className="h-3.5 w-20 animate-pulse rounded bg-zinc-100" />
      <div className="mt-2 h-7 w-24 animate-pulse rounded bg-zinc-100" />
      <div className="mt-1.5 h-3 w-28 animate-pulse rounded bg-zinc-100" />
      <div className="mt-6 animate-pulse rounded bg-zinc-50" style={{ height: height + 22 }} />
    </div>
  );
}

export function OverLimitSkeleton() {
  return (
    <div role="status" aria-label="Loading tenants over their limits" className="rounded-lg border border-zinc-200 bg-white shadow-xs">
      <div className="border-b border-zinc-100 px-5 py-3.5">
        <div className="h-3.5 w-40 animate-pulse rounded bg-zinc-100" />
        <div className="mt-2 h-3 w-96 max-w-full animate-pulse rounded bg-zinc-100" />
      </div>
      <div className="divide-y divide-zinc-100">
        {[0, 1, 2, 3].map((row) => (
          <div key={row} className="grid grid-cols-7 gap-4 px-5 py-3">
            {[0, 1, 2, 3, 4, 5, 6].map((column) => (
              <div key={column} className="h-4 animate-pulse rounded bg-zinc-100" style={{ width: `${50 + ((row * 7 + column * 13) % 45)}%` }} />
            ))}
          </div>
        ))}
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
