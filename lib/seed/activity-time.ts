import type { Random } from "./random";
import { addMs, DAY_MS, HOUR_MS, HOURLY_ACTIVITY, weekdayFactor } from "./time";

// Picks timestamps with a believable rhythm: busy weekday working hours, quiet nights and weekends,
// and gentle growth towards the present (rejection sampling against those weights).

const PEAK_HOUR = Math.max(...HOURLY_ACTIVITY);

export function pickActivityTime(random: Random, from: Date, to: Date, growthPerYear = 0.8): Date {
  const span = to.getTime() - from.getTime();
  if (span <= 0) return from;
  for (let attempt = 0; attempt < 200; attempt++) {
    const offset = random.float(0, span);
    const at = addMs(from, offset);
    const hourWeight = HOURLY_ACTIVITY[at.getUTCHours()]! / PEAK_HOUR;
    const growth = Math.exp(Math.log(1 + growthPerYear) * ((offset - span) / (365 * DAY_MS)));
    if (random.float(0, 1) < hourWeight * weekdayFactor(at) * growth) return at;
  }
  return addMs(from, random.float(0, span));
}

/** A time within the last `minutes` before `now`, for work that is still in flight. */
export function pickRecentTime(random: Random, now: Date, minutes: number): Date {
  return addMs(now, -random.float(0.2, minutes) * (HOUR_MS / 60));
}
