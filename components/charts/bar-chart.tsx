import Link from "next/link";
import { formatChartValue, niceTicks, scaleLinear, type ValueFormat } from "./chart-scale";
import { CHART_TONES, type ChartTone } from "./chart-tones";

// Categories against one value, as horizontal bars (long names stay readable), rendered on the
// server. Each row's bar is an SVG stretched to its cell; the grid lines line up from row to row
// because the rows touch. The numbers stay in the text, so the chart reads without the bars.

export type BarDatum = { label: string; value: number; href?: string };

export type BarChartProps = {
  /** What is compared, e.g. "Usage as a share of the plan's limit": the accessible name. */
  label: string;
  data: readonly BarDatum[];
  /** The x-axis unit, e.g. "% of limit" or "tokens". */
  unit: string;
  /** A vertical reference, e.g. 100 % of the limit. */
  reference?: { value: number; label: string };
  tone?: ChartTone;
  valueFormat?: ValueFormat;
  integers?: boolean;
};

const VIEW = 1000;
const ROW_HEIGHT = 28;
const BAR_HEIGHT = 14;
const COLUMNS = "minmax(0, 11rem) minmax(0, 1fr) 4rem";

export function BarChart({ label, data, unit, reference, tone = "indigo", valueFormat = "compact", integers = true }: BarChartProps) {
  const colours = CHART_TONES[tone];
  const max = Math.max(0, ...data.map((datum) => datum.value), reference?.value ?? 0);
  const axis = niceTicks(0, max, { integers, target: 4 });
  const x = scaleLinear([axis.min, axis.max], [0, VIEW]);
  const format = (value: number) => formatChartValue(value, valueFormat);
  const summary =
    data.length === 0
      ? `${label}: no data.`
      : `${label}: ${data.map((datum) => `${datum.label} ${format(datum.value)}`).join(", ")} (${unit}).`;

  return (
    <figure className="min-w-0" aria-label={summary} role="group">
      {data.length === 0 ? <p className="py-6 text-center text-xs text-zinc-400">No data</p> : null}
      <div className="grid items-center gap-x-3" style={{ gridTemplateColumns: COLUMNS }}>
        {data.map((datum, index) => (
          <div key={`${index}-${datum.label}`} className="contents">
            <div className="truncate text-[13px] text-zinc-700" title={datum.label}>
              {datum.href ? (
                <Link href={datum.href} className="hover:text-indigo-700 hover:underline">{datum.label}</Link>
              ) : (
                datum.label
              )}
            </div>
            <svg aria-hidden="true" viewBox={`0 0 ${VIEW} ${ROW_HEIGHT}`} preserveAspectRatio="none" className="block w-full" style={{ height: ROW_HEIGHT }}>
              {axis.ticks.map((tick) => (
                <line key={tick} x1={x(tick)} x2={x(tick)} y1={0} y2={ROW_HEIGHT} vectorEffect="non-scaling-stroke" strokeWidth={1} className={tick === 0 ? "stroke-zinc-300" : "stroke-zinc-100"} />
              ))}
              <rect x={0} y={(ROW_HEIGHT - BAR_HEIGHT) / 2} width={Math.max(0, x(datum.value))} height={BAR_HEIGHT} className={colours.fill} fillOpacity={0.85}>
                <title>{`${datum.label}: ${formatChartValue(datum.value, valueFormat === "compact" ? "count" : valueFormat)} ${unit}`}</title>
              </rect>
              {reference ? (
                <line x1={x(reference.value)} x2={x(reference.value)} y1={0} y2={ROW_HEIGHT} vectorEffect="non-scaling-stroke" strokeWidth={1.25} strokeDasharray="4 3" className="stroke-red-500" />
              ) : null}
            </svg>
            <div className="text-right text-[13px] font-medium text-zinc-900 tabular-nums">{format(datum.value)}</div>
          </div>
        ))}
        <div />
        <div aria-hidden="true" className="relative mt-1 h-4 text-[11px] whitespace-nowrap text-zinc-500 tabular-nums">
          {axis.ticks.map((tick) => {
            const position = (x(tick) / VIEW) * 100;
            const shift = position < 3 ? "0" : position > 97 ? "-100%" : "-50%";
            return (
              <span key={tick} className="absolute top-0" style={{ left: `${position}%`, transform: `translateX(${shift})` }}>
                {format(tick)}
              </span>
            );
          })}
        </div>
        <div />
        <div />
        <div aria-hidden="true" className="mt-1 flex justify-between gap-2 text-[11px] text-zinc-500">
          <span>{unit}</span>
          {reference ? (
            <span className="inline-flex items-center gap-1.5 text-red-700">
              <svg width="14" height="2" className="overflow-visible">
                <line x1={0} x2={14} y1={1} y2={1} strokeWidth={1.25} strokeDasharray="4 3" className="stroke-red-500" />
              </svg>
              {reference.label}
            </span>
          ) : null}
        </div>
        <div />
      </div>
    </figure>
  );
}
