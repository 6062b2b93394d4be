import Link from "next/link";
import { formatCompact } from "@/components/charts/chart-scale";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { Card, CardHeader } from "@/components/ui/card";
import { formatCount } from "@/lib/format/format-count";
import type { MetricUsage } from "@/lib/tenants/overview-usage";
import { USAGE_METRIC_LABELS, USAGE_METRIC_TONES, USAGE_METRIC_UNITS } from "@/lib/usage/usage-metrics";
import { billingMonthToDate, dailyValues } from "./tenant-usage-series";

export const TENANT_USAGE_DAYS = [30, 90] as const;
export type TenantUsageDays = (typeof TENANT_USAGE_DAYS)[number];

type Props = {
  usage: MetricUsage[];
  days: TenantUsageDays;
  tenantId: string;
  tenantName: string;
  /** The day of the month billing months start on (the subscription's period start), or null without a subscription. */
  anchorDay: number | null;
  planName: string | null;
  problem?: string;
};

/** Each metric over 30 or 90 days, against the current plan's limit where it has one. */
export function TenantUsage({ usage, days, tenantId, tenantName, anchorDay, planName, problem }: Props) {
  const flows = usage.filter((metric) => metric.kind === "flow");
  const gauges = usage.filter((metric) => metric.kind === "gauge");
  return (
    <Card>
      <CardHeader
        title="Usage"
        description={
          planName
            ? `Against the ${planName} plan's limits: per billing month for executions, tokens and API calls; at a time for seats and agents.`
            : "No current plan, so there are no limits to show."
        }
        action={<PeriodSwitch days={days} tenantId={tenantId} />}
      />
      {problem ? <p role="status" className="border-b border-amber-200 bg-amber-50 px-5 py-2 text-[13px] text-amber-900">{problem}</p> : null}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-x-6 gap-y-6 px-5 py-5 lg:grid-cols-2 xl:grid-cols-3">
        {[...flows, ...gauges].map((metric) => (
          <MetricPanel key={metric.metric} usage={metric} days={days} tenantName={tenantName} anchorDay={anchorDay} />
        ))}
      </div>
    </Card>
  );
}

function PeriodSwitch({ days, tenantId }: { days: TenantUsageDays; tenantId: string }) {
  return (
    <nav aria-label="Usage period" className="inline-flex rounded-md bg-zinc-100 p-0.5 ring-1 ring-zinc-200 ring-inset">
      {TENANT_USAGE_DAYS.map((option) => {
        const current = option === days;
        return (
          <Link
            key={option}
            href={option === 30 ? `/tenants/${tenantId}` : `/tenants/${tenantId}?days=${option}`}
            scroll={false}
            aria-current={current ? "page" : undefined}
            className={`rounded px-2.5 py-1 text-xs font-medium whitespace-nowrap ${current ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-200" : "text-zinc-600 hover:text-zinc-900"}`}
          >
            {option} days
          </Link>
        );
      })}
    </nav>
  );
}

function MetricPanel({ usage, days, tenantName, anchorDay }: { usage: MetricUsage; days: TenantUsageDays; tenantName: string; anchorDay: number | null }) {
  const label = USAGE_METRIC_LABELS[usage.metric];
  const unit = USAGE_METRIC_UNITS[usage.metric];
  const window = days === 90 ? usage.last90 : usage.last30;
  // Flows against a monthly limit: the running total per billing month, computed over all 90 days
  // so the 30-day view starts with its billing month complete.
  const monthly = usage.kind === "flow" && usage.limit !== null && anchorDay !== null;
  const series = monthly ? billingMonthToDate(usage.last90.series, anchorDay).slice(-window.series.length) : dailyValues(window.series);
  const current = monthly ? (series[series.length - 1]?.value ?? 0) : usage.kind === "gauge" ? window.latest : window.total;
  const over = usage.limit !== null && current !== null && current > usage.limit;

  return (
    <section aria-label={label} className="min-w-0">
      <div className="flex items-baseline justify-between gap-3">
        <h3 className="text-[13px] font-medium text-zinc-700">{label}</h3>
        <p className="text-xs text-zinc-500">{caption(usage, monthly, days)}</p>
      </div>
      <p className="mt-1 flex flex-wrap items-baseline gap-x-1.5 text-zinc-900">
        <span className={`text-xl font-semibold tracking-tight tabular-nums ${over ? "text-red-700" : ""}`} title={current === null ? undefined : `${formatCount(current)} ${unit}`}>
          {current === null ? "—" : formatCompact(current)}
        </span>
        <span className="text-xs text-zinc-500">
          {usage.limit === null ? unit : `of ${formatCompact(usage.limit)} ${unit}`}
          {usage.limit !== null && current !== null ? ` (${percentOf(current, usage.limit)})` : ""}
        </span>
        {over ? <span className="text-xs font-medium text-red-700">over the limit</span> : null}
      </p>
      {/* Clips the chart's screen-reader table, which is wider than its box at tablet widths. */}
      <div className="relative mt-3 overflow-hidden">
        <TimeSeriesChart
          label={`${label} ${monthly ? "this billing month, day by day" : "per day"}, ${tenantName}`}
          series={series}
          unit={unit}
          tone={USAGE_METRIC_TONES[usage.metric]}
          limit={usage.limit === null ? undefined : { value: usage.limit, label: "Plan limit" }}
          variant={usage.kind === "gauge" ? "line" : "area"}
          height={110}
          emptyText={`No ${unit} recorded`}
        />
      </div>
      {monthly ? (
        <p className="mt-1 text-xs text-zinc-500">
          {formatCount(window.total)} {unit} in the last {days} days
        </p>
      ) : null}
    </section>
  );
}

function caption(usage: MetricUsage, monthly: boolean, days: number): string {
  if (monthly) return "running total per billing month";
  if (usage.kind === "gauge") return usage.limit === null ? "latest count; no limit" : "latest count";
  return usage.limit === null ? `total in ${days} days; no limit` : `total in ${days} days`;
}

function percentOf(value: number, limit: number): string {
  const percent = (value / Math.max(limit, 1)) * 100;
  return percent > 0 && percent < 1 ? "<1%" : `${Math.round(percent)}%`;
}
