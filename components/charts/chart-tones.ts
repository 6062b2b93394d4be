// Series colours as whole Tailwind class names (Tailwind only sees literal strings).

export type ChartTone = "indigo" | "sky" | "violet" | "emerald" | "amber";

export const CHART_TONES: Record<ChartTone, { stroke: string; fill: string; text: string }> = {
  indigo: { stroke: "stroke-indigo-600", fill: "fill-indigo-500", text: "text-indigo-500" },
  sky: { stroke: "stroke-sky-600", fill: "fill-sky-500", text: "text-sky-500" },
  violet: { stroke: "stroke-violet-600", fill: "fill-violet-500", text: "text-violet-500" },
  emerald: { stroke: "stroke-emerald-600", fill: "fill-emerald-500", text: "text-emerald-500" },
  amber: { stroke: "stroke-amber-600", fill: "fill-amber-500", text: "text-amber-500" },
};

/** A short, stable id for SVG defs (gradients), so two charts on a page never share one by accident. */
export function chartId(...parts: (string | number)[]): string {
  let hash = 0;
  for (const character of parts.join("|")) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) | 0;
  return `chart-${(hash >>> 0).toString(36)}`;
}
