import type { StaffSearchError } from "@/lib/audit-logs/run-staff-search";

/** Why a search returned nothing to show, as the server put it. Syntax errors show under the box. */
export function AuditSearchProblem({ error, compact = false }: { error: StaffSearchError; compact?: boolean }) {
  if (error.code === "syntax" && !compact) {
    return <p className="px-5 py-10 text-center text-[13px] text-zinc-500">Fix the search above to see results.</p>;
  }
  const tone = error.code === "database" ? "bg-red-50 text-red-800 ring-red-200" : "bg-amber-50 text-amber-900 ring-amber-200";
  return (
    <div role="alert" className={`${compact ? "" : "m-5"} rounded-md px-3 py-2 text-[13px] ring-1 ring-inset ${tone}`}>
      {error.message}
    </div>
  );
}
