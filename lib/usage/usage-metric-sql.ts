import "server-only";
import { Prisma } from "../generated/prisma/client";
import { STANDING_METRICS, USAGE_METRICS } from "./usage-metrics";

// The metric lists of lib/usage/usage-metrics as SQL arrays, for `metric = ANY(...)`, so no query
// spells them out again.

export const USAGE_METRICS_SQL = Prisma.sql`ARRAY[${Prisma.join(USAGE_METRICS)}]::usage_metric[]`;
export const STANDING_METRICS_SQL = Prisma.sql`ARRAY[${Prisma.join(STANDING_METRICS)}]::usage_metric[]`;
