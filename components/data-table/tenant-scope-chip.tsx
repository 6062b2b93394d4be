import Link from "next/link";
import { serializeListParams, type ListParams } from "@/lib/data-table/list-params";
import type { ListSpec } from "@/lib/data-table/list-spec";

/** Above a list narrowed to one tenant: who it is, and the way back to every tenant's rows. */
export function TenantScopeChip({ tenant, spec, params, path }: { tenant: { id: string; name: string }; spec: ListSpec; params: ListParams; path: string }) {
  const query = serializeListParams(spec, { ...params, page: 1 }).toString();
  return (
    <div className="mb-3 flex">
      <p className="inline-flex items-center gap-2 rounded-full bg-indigo-50 py-1 pr-1 pl-3 text-[13px] text-indigo-900 ring-1 ring-indigo-200 ring-inset">
        <span>
          Only{" "}
          <Link href={`/tenants/${tenant.id}`} className="font-medium hover:underline">
            {tenant.name}
          </Link>
        </span>
        <span aria-hidden="true" className="text-indigo-300">·</span>
        <Link href={query ? `${path}?${query}` : path} className="rounded-full px-2 py-0.5 font-medium text-indigo-700 hover:bg-indigo-100">
          Show all
        </Link>
      </p>
    </div>
  );
}

/** DataTable's `scopeQuery` for a list narrowed to one tenant: kept in every link and the export. */
export function scopeQueryOf(tenantId: string | null | undefined): string | undefined {
  return tenantId ? new URLSearchParams({ tenant: tenantId }).toString() : undefined;
}
