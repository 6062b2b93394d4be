// The tenant page's shape while it loads: header, the two summary cards, usage charts and the
// lists below, gently pulsing.

function Bar({ className }: { className: string }) {
  return <div className={`animate-pulse rounded bg-zinc-100 ${className}`} />;
}

function CardSkeleton({ rows = 5, title = "w-28" }: { rows?: number; title?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white shadow-xs">
      <div className="border-b border-zinc-100 px-5 py-3.5">
        <Bar className={`h-4 ${title}`} />
      </div>
      <div className="space-y-3 px-5 py-4">
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="grid grid-cols-[8rem_1fr] gap-6">
            <Bar className="h-3.5 w-20" />
            <Bar className="h-3.5" />
          </div>
        ))}
      </div>
    </div>
  );
}

export function TenantPageSkeleton() {
  return (
    <div role="status" aria-label="Loading">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-2">
          <Bar className="h-6 w-56" />
          <Bar className="h-4 w-72" />
        </div>
        <div className="flex gap-2">
          <Bar className="h-8 w-16" />
          <Bar className="h-8 w-20" />
        </div>
      </div>
      <div className="space-y-6">
        <div className="grid gap-6 lg:grid-cols-2">
          <CardSkeleton rows={7} />
          <CardSkeleton rows={5} />
        </div>
        <div className="rounded-lg border border-zinc-200 bg-white shadow-xs">
          <div className="flex justify-between border-b border-zinc-100 px-5 py-3.5">
            <Bar className="h-4 w-20" />
            <Bar className="h-6 w-32" />
          </div>
          <div className="grid gap-6 px-5 py-5 lg:grid-cols-2 xl:grid-cols-3">
            {Array.from({ length: 5 }, (_, chart) => (
              <div key={chart} className="space-y-2">
                <Bar className="h-3.5 w-24" />
                <Bar className="h-6 w-32" />
                <Bar className="h-28" />
              </div>
            ))}
          </div>
        </div>
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          <CardSkeleton rows={8} />
          <CardSkeleton rows={8} />
        </div>
        <CardSkeleton rows={6} title="w-36" />
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
