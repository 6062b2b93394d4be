import { DAY_MS, HOURLY_ACTIVITY, weekdayFactor } from "../time";

// Maps a row's position in the load (0..1) to a timestamp, so that row ids grow with time as in a
// real append-only log while busy hours and weekdays get more rows. The table holds the seconds
// offset at K+1 evenly spaced quantiles; SQL interpolates linearly between neighbours.

export const QUANTILE_STEPS = 8_192;

export function buildTimeQuantiles(from: Date, days: number, growthPerPeriod = 0.25): number[] {
  const minutes = Math.max(1, Math.round(days * 1440));
  const weights = new Float64Array(minutes);
  let total = 0;
  for (let m = 0; m < minutes; m++) {
    const at = new Date(from.getTime() + m * 60_000);
    const weight = HOURLY_ACTIVITY[at.getUTCHours()]! * weekdayFactor(at) * (1 + (growthPerPeriod * m) / minutes);
    weights[m] = weight;
    total += weight;
  }
  const table: number[] = [0];
  let cumulative = 0;
  let minute = 0;
  for (let k = 1; k < QUANTILE_STEPS; k++) {
    const target = (k / QUANTILE_STEPS) * total;
    while (minute < minutes - 1 && cumulative + weights[minute]! < target) cumulative += weights[minute++]!;
    const within = (target - cumulative) / weights[minute]!;
    table.push(Math.round((minute + Math.min(1, within)) * 60 * 1000) / 1000);
  }
  table.push((days * DAY_MS) / 1000);
  return table;
}
