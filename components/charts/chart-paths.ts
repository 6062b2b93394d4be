// SVG path data for a series of points, with gaps where a value is missing (null): a missing day
// breaks the line instead of being drawn as zero.

export type PlotPoint = { x: number; y: number | null };

function runs(points: readonly PlotPoint[]): { x: number; y: number }[][] {
  const result: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  for (const point of points) {
    if (point.y === null) {
      if (current.length > 0) result.push(current);
      current = [];
    } else {
      current.push({ x: point.x, y: point.y });
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

const n = (value: number) => Number(value.toFixed(2));

/** "M x y L x y …" per unbroken run; a lone point becomes a short flat stroke so it still shows. */
export function linePath(points: readonly PlotPoint[]): string {
  return runs(points)
    .map((run) => {
      if (run.length === 1) return `M${n(run[0]!.x - 2)} ${n(run[0]!.y)}H${n(run[0]!.x + 2)}`;
      return run.map((point, i) => `${i === 0 ? "M" : "L"}${n(point.x)} ${n(point.y)}`).join("");
    })
    .join("");
}

/** The same runs closed down to `baseline`, for the area under the line. */
export function areaPath(points: readonly PlotPoint[], baseline: number): string {
  return runs(points)
    .filter((run) => run.length > 1)
    .map((run) => {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      return `M${n(first.x)} ${n(baseline)}${run.map((point) => `L${n(point.x)} ${n(point.y)}`).join("")}L${n(last.x)} ${n(baseline)}Z`;
    })
    .join("");
}
