// A blueprint's page while it loads: its header, the listing and the two JSON panels.
function Bar({ className }: { className: string }) {
  return <div className={`animate-pulse rounded bg-zinc-100 ${className}`} />;
}

export default function Loading() {
  return (
    <div role="status" aria-label="Loading">
      <div className="mb-6 space-y-2">
        <Bar className="h-6 w-64" />
        <Bar className="h-4 w-48" />
      </div>
      <div className="space-y-6">
        <div className="space-y-3 rounded-lg border border-zinc-200 bg-white px-5 py-4 shadow-xs">
          {Array.from({ length: 8 }, (_, row) => (
            <div key={row} className="grid grid-cols-[8rem_1fr] gap-6">
              <Bar className="h-3.5 w-20" />
              <Bar className="h-3.5 w-1/2" />
            </div>
          ))}
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          <Bar className="h-72 rounded-lg" />
          <Bar className="h-72 rounded-lg" />
        </div>
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
