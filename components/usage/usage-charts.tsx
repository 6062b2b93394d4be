import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { formatCompact, formatDay } from "@/components/charts/chart-scale";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import type { DatabaseRead } from "@/lib/errors/read-database";
import type { UsageMetric } from "@/lib/generated/prisma/enums";
import { formatCount } from "@/lib/format/format-count";
import type { DailyMetricUsage, DailyUsage } from "@/lib/usage/get-daily-usage";
import { USAGE_METRIC_LABELS, USAGE_METRIC_TONES, USAGE_METRIC_UNITS } from "@/lib/usage/usage-metrics";

/**
 * One small chart per metric: flows (executions, tokens, API calls) with their total over the
 * period, standing counts (seats, agents) with their latest value. `limits` draws a plan's limit
 * on the standing counts (flows are limited per billing month, which a daily chart cannot show).
 */
export async function UsageCharts({
  usage,
  scope,
  limits,
}: {
  usage: Promise<DatabaseRead<DailyUsage>>;
  /** Whose usage: "all tenants" or a tenant's name, for the charts' accessible names. */
  scope: string;
  limits?: Partial<Record<UsageMetric, number>>;
}) {
  const read = await usage;
  if (!read.ok) return <DatabaseProblemPanel problem={read.problem} />;
  const flows = read.data.metrics.filter((metric) => metric.kind === "flow");
  const standing = read.data.metrics.filter((metric) => metric.kind === "standing");
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-3">
        {flows.map((metric) => (
          <MetricCard key={metric.metric} usage={metric} days={read.data.days} scope={scope} />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {standing.map((metric) => (
          <MetricCard key={metric.metric} usage={metric} days={read.data.days} scope={scope} limit={limits?.[metric.metric]} />
        ))}
      </div>
    </div>
  );
}

function MetricCard({ usage, days, scope, limit }: { usage: DailyMetricUsage; days: number; scope: string; limit?: number }) {
  const label = USAGE_METRIC_LABELS[usage.metric];
  const unit = USAGE_METRIC_UNITS[usage.metric];
  const flow = usage.kind === "flow";
  const headline = flow ? usage.total ?? 0 : usage.latest?.value ?? null;
  return (
    <section aria-label={label} className="rounded-lg border border-zinc-200 bg-white px-5 pt-4 pb-3 shadow-xs">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="text-[13px] font-medium text-zinc-500">{label}</h3>
          <p className="mt-1 text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums" title={headline === null ? undefined : `${formatCount(headline)} ${unit}`}>
            {headline === null ? "—" : formatCompact(headline)}
          </p>
          <p className="mt-0.5 text-xs text-zinc-500">
            {flow
              ? `in the last ${days} days`
              : usage.latest
                ? `on ${formatDay(usage.latest.date, true)}`
                : `none recorded in ${days} days`}
          </p>
        </div>
      </div>
      <div className="mt-4">
        <TimeSeriesChart
          label={`${label} per day, ${scope}`}
          series={usage.series}
          unit={flow ? `${unit} per day` : unit}
          tone={USAGE_METRIC_TONES[usage.metric]}
          limit={limit === undefined ? undefined : { value: limit, label: "Plan limit" }}
          variant={flow ? "area" : "line"}
          height={flow ? 120 : 100}
          emptyText={`No ${unit} recorded`}
        />
      </div>
    </section>
  );
}
