import Link from "next/link";
import type { UsageTenant } from "@/lib/usage/get-usage-tenant";

/** Says plainly that the whole page shows one tenant, with the way back to every tenant. */
export function UsageScopeBanner({ tenant, allTenantsHref }: { tenant: UsageTenant; allTenantsHref: string }) {
  return (
    <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-indigo-200 bg-indigo-50/60 px-4 py-2.5 text-[13px] text-indigo-950">
      <p className="min-w-0">
        Showing <Link href={`/tenants/${tenant.id}`} className="font-semibold hover:underline">{tenant.name}</Link>{" "}
        <span className="font-mono text-xs text-indigo-800">{tenant.slug}</span> only
        {tenant.plan ? <span className="text-indigo-800"> · on {tenant.plan.name}</span> : <span className="text-indigo-800"> · no current plan</span>}
      </p>
      <Link href={allTenantsHref} scroll={false} className="ml-auto font-medium text-indigo-700 hover:underline">
        Show every tenant
      </Link>
    </div>
  );
}
