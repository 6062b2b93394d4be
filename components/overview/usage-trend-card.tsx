import Link from "next/link";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { Card, CardHeader } from "@/components/ui/card";
import type { DailyUsage } from "@/lib/usage/get-daily-usage";

const SHOWN = [
  { metric: "executions", label: "Executions per day", unit: "executions", tone: "indigo" },
  { metric: "tokens", label: "Tokens per day", unit: "tokens", tone: "violet" },
  { metric: "api_calls", label: "API calls per day", unit: "API calls", tone: "sky" },
] as const;

/** The platform's daily usage for the last 30 full days, all tenants together. */
export function UsageTrendCard({ usage }: { usage: DailyUsage }) {
  return (
    <Card>
      <CardHeader
        title="Usage trend, last 30 days"
        description="All tenants together, per UTC day."
        action={<Link href="/usage" className="text-[13px] font-medium text-indigo-600 hover:text-indigo-500">Usage details →</Link>}
      />
      <div className="grid gap-6 px-5 py-4 lg:grid-cols-3">
        {SHOWN.map((shown) => {
          const metric = usage.metrics.find((candidate) => candidate.metric === shown.metric);
          return metric ? <TimeSeriesChart key={shown.metric} label={shown.label} series={metric.series} unit={shown.unit} tone={shown.tone} height={110} /> : null;
        })}
      </div>
    </Card>
  );
}
