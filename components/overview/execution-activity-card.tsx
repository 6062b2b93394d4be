import Link from "next/link";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { Card, CardHeader } from "@/components/ui/card";
import { formatCount } from "@/lib/format/format-count";
import type { ExecutionActivity } from "@/lib/overview/get-execution-activity";

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

/** Executions per hour and the share that failed, over the last 24 hours. */
export function ExecutionActivityCard({ activity }: { activity: ExecutionActivity }) {
  const executions = activity.hours.map((hour) => ({ date: hour.hour.toISOString(), value: hour.total }));
  const errorRate = activity.hours.map((hour) => ({ date: hour.hour.toISOString(), value: hour.total === 0 ? null : (hour.failed / hour.total) * 100 }));
  return (
    <Card>
      <CardHeader
        title="Executions, last 24 hours"
        description={`${formatCount(activity.total)} executions, ${formatCount(activity.failed)} failed or timed out${activity.errorRate === null ? "" : ` (${percent.format(activity.errorRate)})`}.`}
        action={<Link href="/executions" className="text-[13px] font-medium text-indigo-600 hover:text-indigo-500">All executions →</Link>}
      />
      <div className="grid gap-6 px-5 py-4 lg:grid-cols-2">
        <TimeSeriesChart label="Executions per hour" series={executions} unit="executions / hour" granularity="hour" emptyText="No executions in the last 24 hours" />
        <TimeSeriesChart
          label="Error rate per hour"
          series={errorRate}
          unit="% failed or timed out"
          granularity="hour"
          variant="line"
          tone="amber"
          valueFormat="percent"
          integers={false}
          emptyText="No failures in the last 24 hours"
        />
      </div>
    </Card>
  );
}
