import { areaPath, linePath } from "./chart-paths";
import { formatChartValue, niceTicks, scaleLinear, timeAxis, type TimeGranularity, type ValueFormat } from "./chart-scale";
import { CHART_TONES, chartId, type ChartTone } from "./chart-tones";

// A daily series as a line (or area) chart, rendered on the server: no client JavaScript. The
// plot is an SVG stretched to its box (strokes keep their width), while axis labels are HTML so
// text stays crisp at any width. Hovering a day shows its value (the SVG <title>), and screen
// readers get a one-sentence summary plus the numbers as a table.

export type TimeSeriesPoint = { date: string; value: number | null };

export type TimeSeriesChartProps = {
  /** What is plotted, e.g. "Tokens per day": the chart's accessible name and its table's caption. */
  label: string;
  /** One point per day (YYYY-MM-DD) or per hour (ISO time), oldest first, in UTC. null means no data. */
  series: readonly TimeSeriesPoint[];
  granularity?: TimeGranularity;
  /** The y-axis unit, e.g. "tokens" or "seats". */
  unit: string;
  /** A horizontal reference, e.g. the plan's limit; shown as "off scale" when far above the data. */
  limit?: { value: number; label?: string };
  variant?: "area" | "line";
  tone?: ChartTone;
  /** Height of the plot area in pixels. */
  height?: number;
  valueFormat?: ValueFormat;
  /** Values are counts (default): axis steps stay whole. */
  integers?: boolean;
  emptyText?: string;
};

const VIEW = 1000;
const Y_AXIS_WIDTH = "3rem";

export function TimeSeriesChart({
  label,
  series,
  unit,
  limit,
  variant = "area",
  tone = "indigo",
  height = 140,
  valueFormat = "compact",
  integers = true,
  emptyText = "No data for these days",
  granularity = "day",
}: TimeSeriesChartProps) {
  const time = timeAxis(granularity);
  const colours = CHART_TONES[tone];
  const values = series.map((point) => point.value).filter((value): value is number => value !== null);
  const dataMax = values.length > 0 ? Math.max(...values) : 0;
  const dataMin = values.length > 0 ? Math.min(...values) : 0;
  // A limit far above the data would flatten it into the floor, so it is named instead of drawn.
  const limitOnScale = limit !== undefined && (dataMax === 0 || limit.value <= dataMax * 3);
  const axis = niceTicks(dataMin, Math.max(dataMax, limitOnScale ? limit.value : 0), { integers });
  const y = scaleLinear([axis.min, axis.max], [VIEW, 0]);
  const step = series.length > 1 ? VIEW / (series.length - 1) : VIEW;
  const x = (index: number) => (series.length > 1 ? index * step : VIEW / 2);
  const points = series.map((point, index) => ({ x: x(index), y: point.value === null ? null : y(point.value) }));
  const gradient = chartId(label, unit, series[0]?.date ?? "", series.length);
  const format = (value: number) => formatChartValue(value, valueFormat);
  const empty = values.every((value) => value === 0);
  const summary = summarize({ label, series, unit, format, limit, formatTime: time.format });
  const xTicks = time.ticks(series.map((point) => point.date));
  const limitLabel = limit ? `${limit.label ?? "Limit"} ${format(limit.value)}` : "";

  return (
    <figure className="min-w-0">
      <div aria-hidden="true" className="mb-2 flex items-baseline justify-between gap-2 text-[11px] text-zinc-500">
        <span>{unit}</span>
        {limit && !limitOnScale ? <span className="text-red-700">{limitLabel} {unit} (off scale)</span> : null}
      </div>
      <div className="flex">
        <div aria-hidden="true" className="relative shrink-0 text-[11px] text-zinc-500 tabular-nums" style={{ width: Y_AXIS_WIDTH, height }}>
          {axis.ticks.map((tick) => (
            <span key={tick} className="absolute right-2 -translate-y-1/2 leading-none" style={{ top: `${(y(tick) / VIEW) * 100}%` }}>
              {format(tick)}
            </span>
          ))}
        </div>
        <div className="relative min-w-0 flex-1" style={{ height }}>
          <svg
            role="img"
            aria-label={summary}
            viewBox={`0 0 ${VIEW} ${VIEW}`}
            preserveAspectRatio="none"
            className="absolute inset-0 size-full overflow-visible"
          >
            <title>{summary}</title>
            <defs>
              <linearGradient id={gradient} x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor="currentColor" stopOpacity={0.22} className={colours.text} />
                <stop offset="100%" stopColor="currentColor" stopOpacity={0.02} className={colours.text} />
              </linearGradient>
            </defs>
            {axis.ticks.map((tick) => (
              <line
                key={tick}
                x1={0}
                x2={VIEW}
                y1={y(tick)}
                y2={y(tick)}
                vectorEffect="non-scaling-stroke"
                className={tick === 0 ? "stroke-zinc-300" : "stroke-zinc-100"}
                strokeWidth={1}
              />
            ))}
            {variant === "area" ? <path d={areaPath(points, y(Math.max(0, axis.min)))} fill={`url(#${gradient})`} /> : null}
            <path
              d={linePath(points)}
              fill="none"
              strokeWidth={1.75}
              strokeLinejoin="round"
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
              className={colours.stroke}
            />
            {limit && limitOnScale ? (
              <line x1={0} x2={VIEW} y1={y(limit.value)} y2={y(limit.value)} vectorEffect="non-scaling-stroke" strokeWidth={1.25} strokeDasharray="5 4" className="stroke-red-500" />
            ) : null}
            {series.map((point, index) => (
              <g key={point.date} className="group">
                <rect x={Math.max(0, x(index) - step / 2)} width={Math.min(VIEW, x(index) + step / 2) - Math.max(0, x(index) - step / 2)} y={0} height={VIEW} fill="transparent" />
                <line
                  x1={x(index)}
                  x2={x(index)}
                  y1={0}
                  y2={VIEW}
                  vectorEffect="non-scaling-stroke"
                  strokeWidth={1}
                  className="stroke-zinc-400 opacity-0 group-hover:opacity-100"
                />
                <title>{`${time.format(point.date, true)}: ${point.value === null ? "no data" : `${formatChartValue(point.value, valueFormat === "compact" ? "count" : valueFormat)} ${unit}`}`}</title>
              </g>
            ))}
          </svg>
          {limit && limitOnScale ? (
            <span
              aria-hidden="true"
              className="pointer-events-none absolute right-1 -translate-y-full pb-0.5 text-[11px] font-medium text-red-700"
              style={{ top: `${(y(limit.value) / VIEW) * 100}%` }}
            >
              {limitLabel}
            </span>
          ) : null}
          {empty ? (
            <span aria-hidden="true" className="pointer-events-none absolute inset-x-0 top-1/3 text-center text-xs text-zinc-400">
              {emptyText}
            </span>
          ) : null}
        </div>
      </div>
      <div aria-hidden="true" className="relative mt-1.5 h-4 text-[11px] whitespace-nowrap text-zinc-500" style={{ marginLeft: Y_AXIS_WIDTH }}>
        {xTicks.map((index) => {
          const position = (x(index) / VIEW) * 100;
          const shift = position < 6 ? "0" : position > 94 ? "-100%" : "-50%";
          return (
            <span key={index} className="absolute top-0" style={{ left: `${position}%`, transform: `translateX(${shift})` }}>
              {time.format(series[index]!.date)}
            </span>
          );
        })}
      </div>
      {/* A table ignores a 1px width, so the wrapper keeps it from widening the page. */}
      <div className="sr-only">
        <table>
          <caption>{`${label} (${unit})`}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.date}>
                <th scope="row">{time.format(point.date, true)}</th>
                <td>{point.value === null ? "no data" : formatChartValue(point.value, valueFormat === "compact" ? "count" : valueFormat)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function summarize(options: {
  label: string;
  series: readonly TimeSeriesPoint[];
  unit: string;
  format: (value: number) => string;
  limit?: { value: number; label?: string };
  formatTime: (date: string, long?: boolean) => string;
}): string {
  const { label, series, unit, format, limit, formatTime: formatDay } = options;
  if (series.length === 0) return `${label}: no data.`;
  const span = `from ${formatDay(series[0]!.date)} to ${formatDay(series[series.length - 1]!.date, true)}`;
  const known = series.filter((point): point is { date: string; value: number } => point.value !== null);
  const limitText = limit ? `; ${(limit.label ?? "limit").toLowerCase()} ${format(limit.value)} ${unit}` : "";
  if (known.length === 0) return `${label} ${span}: no data${limitText}.`;
  const peak = known.reduce((best, point) => (point.value > best.value ? point : best));
  const latest = known[known.length - 1]!;
  return `${label} ${span}: highest ${format(peak.value)} ${unit} on ${formatDay(peak.date)}, latest ${format(latest.value)} ${unit} on ${formatDay(latest.date)}${limitText}.`;
}
