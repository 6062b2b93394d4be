import type { Metadata } from "next";
import { Suspense } from "react";
import { formatDay } from "@/components/charts/chart-scale";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { OverLimitTable } from "@/components/usage/over-limit-table";
import { UsageCharts } from "@/components/usage/usage-charts";
import { UsagePeriodSwitch } from "@/components/usage/usage-period-switch";
import { UsageRecordsSection } from "@/components/usage/usage-records-section";
import { UsageScopeBanner } from "@/components/usage/usage-scope-banner";
import { OverLimitSkeleton, UsageChartsSkeleton } from "@/components/usage/usage-skeletons";
import { checkPageAccess } from "@/lib/auth/page-access";
import { loadListPage } from "@/lib/data-table/load-list-page";
import { readDatabase } from "@/lib/errors/read-database";
import { dailyUsageDays, getDailyUsage } from "@/lib/usage/get-daily-usage";
import { getUsageTenant, type UsageTenant } from "@/lib/usage/get-usage-tenant";
import { listOverLimitTenants } from "@/lib/usage/list-over-limit-tenants";
import { listUsageRecords } from "@/lib/usage/list-usage-records";
import { DEFAULT_USAGE_DAYS, parseUsagePageParams, usageScopeQuery, type UsageDays } from "@/lib/usage/usage-page-params";
import { usageRecordListSpec } from "@/lib/usage/usage-record-list-spec";

export const metadata: Metadata = { title: "Usage" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DESCRIPTION = "Executions, tokens, API calls, seats and agents per day, the tenants over their plan’s limits, and every usage record.";

export default async function UsagePage({ searchParams }: Props) {
  const access = await checkPageAccess("billing.view");
  if (!access.ok) return <><PageHeader title="Usage" description={DESCRIPTION} /><DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const query = await searchParams;
  const parsed = parseUsagePageParams(query);
  const problems = [...parsed.problems];

  let tenant: UsageTenant | null = null;
  if (parsed.tenantId) {
    const read = await readDatabase(() => getUsageTenant({ actor: staff, tenantId: parsed.tenantId! }));
    if (!read.ok) return <><PageHeader title="Usage" description={DESCRIPTION} /><DatabaseProblemPanel problem={read.problem} /></>;
    tenant = read.data;
    if (!tenant) problems.push("No tenant has that id (it may have been deleted), so every tenant is shown.");
  }
  const tenantId = tenant?.id ?? null;
  const days = parsed.days;

  // Started together, each shown as soon as it is ready; a failure shows in its own section.
  const usage = readDatabase(() => getDailyUsage({ actor: staff, days, tenantId }));
  const overLimit = readDatabase(() => listOverLimitTenants({ actor: staff, tenantId }));
  const records = loadListPage({
    spec: usageRecordListSpec,
    staff,
    searchParams: query,
    load: (params) => listUsageRecords({ actor: staff, params, tenantId }),
  });

  const hrefWith = (change: (search: URLSearchParams) => void) => {
    const search = toSearchParams(query);
    // A tenant id that was refused above is not carried into the next link.
    if (!tenantId) search.delete("tenant");
    change(search);
    const text = search.toString();
    return text ? `/usage?${text}` : "/usage";
  };
  const periodHref = (option: UsageDays) => hrefWith((search) => (option === DEFAULT_USAGE_DAYS ? search.delete("days") : search.set("days", String(option))));
  const { dates } = dailyUsageDays(days, new Date());

  return (
    <>
      <PageHeader title="Usage" description={DESCRIPTION} actions={<UsagePeriodSwitch days={days} hrefFor={periodHref} />} />
      {problems.length > 0 ? (
        <div role="alert" className="mb-6 rounded-lg border border-amber-200 bg-amber-50 px-4 py-2.5 text-[13px] text-amber-900">{problems.join(" ")}</div>
      ) : null}
      {tenant ? <UsageScopeBanner tenant={tenant} allTenantsHref={hrefWith((search) => search.delete("tenant"))} /> : null}
      <div className="space-y-10">
        <section aria-labelledby="usage-daily-title">
          <SectionTitle id="usage-daily-title" title="Daily usage" detail={`${formatDay(dates[0]!)} – ${formatDay(dates[dates.length - 1]!, true)}, full days in UTC`} />
          <Suspense fallback={<UsageChartsSkeleton />}>
            <UsageCharts usage={usage} scope={tenant ? tenant.name : "all tenants"} limits={tenant?.plan?.limits} />
          </Suspense>
        </section>
        <section aria-label="Over their plan’s limits">
          <Suspense fallback={<OverLimitSkeleton />}>
            <OverLimitTable overLimit={overLimit} />
          </Suspense>
        </section>
        <section aria-labelledby="usage-records-title">
          <SectionTitle id="usage-records-title" title="Records" detail="One per tenant, metric and day, as the platform reported it." />
          <Suspense fallback={<DataTableSkeleton columns={6} />}>
            <UsageRecordsSection page={records} scopeQuery={usageScopeQuery({ days, tenantId })} />
          </Suspense>
        </section>
      </div>
    </>
  );
}

function SectionTitle({ id, title, detail }: { id: string; title: string; detail: string }) {
  return (
    <div className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <h2 id={id} className="text-sm font-semibold text-zinc-900">{title}</h2>
      <p className="text-[13px] text-zinc-500">{detail}</p>
    </div>
  );
}

function toSearchParams(query: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, item);
  }
  return search;
}
