import Link from "next/link";

/** Says the list is narrowed to one tenant, with the way back to every tenant. */
export function TenantScopeChip({ tenant, showAllHref }: { tenant: { id: string; name: string }; showAllHref: string }) {
  return (
    <p className="mb-3 inline-flex items-center gap-2 rounded-full bg-indigo-50 py-1 pr-3 pl-3 text-[13px] text-indigo-900 ring-1 ring-indigo-200 ring-inset">
      <span>
        Only{" "}
        <Link href={`/tenants/${tenant.id}`} className="font-medium hover:underline">
          {tenant.name}
        </Link>
      </span>
      <span aria-hidden="true" className="text-indigo-300">·</span>
      <Link href={showAllHref} className="font-medium text-indigo-700 hover:underline">
        Show all
      </Link>
    </p>
  );
}
