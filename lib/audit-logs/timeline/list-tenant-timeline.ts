import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../../domain/call-options";

// One tenant's story over the last days: its audit events, its executions and the days its usage
// jumped, merged newest first. Each source shows its newest TIMELINE_LIMIT entries in the range,
// and says when there were more, so a busy tenant cannot make the page unbounded.

export const TIMELINE_LIMIT = 200;
export const TIMELINE_DAYS = [1, 7, 30] as const;
export type TimelineDays = (typeof TIMELINE_DAYS)[number];
/** A day's usage is a spike when it is at least this many times the median of the 14 days before. */
export const SPIKE_FACTOR = 2;
const SPIKE_BASELINE_DAYS = 14;

export type TimelineEntry =
  | { kind: "audit"; at: string; id: string; action: string; actorType: string; actorEmail: string | null; resourceType: string | null; resourceId: string | null }
  | { kind: "execution"; at: string; id: string; status: string; executionType: string; errorMessage: string | null; durationMs: number | null }
  | { kind: "usage_spike"; at: string; metric: string; quantity: number; baseline: number; ratio: number };

export type TenantTimeline = {
  tenant: { id: string; name: string; slug: string; status: string };
  from: string;
  to: string;
  entries: TimelineEntry[];
  counts: { audit: number; executions: number; spikes: number };
  /** Set when a source had more entries than are shown: the timeline is complete from here on. */
  shownFrom: string | null;
  /** Sources that had more entries in the range than are shown. */
  capped: Array<"audit" | "executions">;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `tenant` is a tenant's id or slug; null when no tenant has it. */
export async function listTenantTimeline(options: ReadOptions & { tenant: string; days: TimelineDays }): Promise<TenantTimeline | null> {
  assertPermission(options.actor, "audit.search");
  const prisma = resolvePrisma(options);
  const to = options.now ?? new Date();
  const from = new Date(to.getTime() - options.days * 86_400_000);
  const byId = UUID.test(options.tenant);
  const [tenant] = await prisma.$queryRaw<TenantTimeline["tenant"][]>`
    SELECT id::text AS id, name, slug, status::text AS status FROM tenants
     WHERE (${byId} AND id = ${byId ? options.tenant : null}::uuid) OR (NOT ${byId} AND slug = ${options.tenant})`;
  if (!tenant) return null;
  const limit = TIMELINE_LIMIT + 1;
  const [audit, executions, spikes] = await Promise.all([
    prisma.$queryRaw<Array<Omit<Extract<TimelineEntry, { kind: "audit" }>, "kind">>>`
      SELECT id::text AS id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, action,
             actor_type::text AS "actorType", actor_email AS "actorEmail", resource_type AS "resourceType", resource_id AS "resourceId"
        FROM audit_logs WHERE tenant_id = ${tenant.id}::uuid AND created_at >= ${from} AND created_at < ${to}
       ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
    prisma.$queryRaw<Array<Omit<Extract<TimelineEntry, { kind: "execution" }>, "kind">>>`
      SELECT id::text AS id, to_char(coalesce(started_at, created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
             status::text AS status, execution_type::text AS "executionType", error_message AS "errorMessage", duration_ms AS "durationMs"
        FROM executions WHERE tenant_id = ${tenant.id}::uuid AND created_at >= ${from} AND created_at < ${to}
       ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
    prisma.$queryRaw<Array<{ at: string; metric: string; quantity: bigint; baseline: number }>>`
      SELECT to_char(u.period_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, u.metric::text AS metric, u.quantity, b.baseline
        FROM usage_records u
        CROSS JOIN LATERAL (
          SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.quantity) AS baseline FROM usage_records p
           WHERE p.tenant_id = u.tenant_id AND p.metric = u.metric
             AND p.period_start >= u.period_start - make_interval(days => ${SPIKE_BASELINE_DAYS}) AND p.period_start < u.period_start
        ) b
       WHERE u.tenant_id = ${tenant.id}::uuid AND u.period_start >= ${from} AND u.period_start < ${to}
         AND b.baseline > 0 AND u.quantity >= b.baseline * ${SPIKE_FACTOR}
       ORDER BY u.period_start DESC, u.metric`,
  ]);
  const entries: TimelineEntry[] = [
    ...audit.slice(0, TIMELINE_LIMIT).map((row) => ({ kind: "audit" as const, ...row })),
    ...executions.slice(0, TIMELINE_LIMIT).map((row) => ({ kind: "execution" as const, ...row })),
    ...spikes.map((row) => ({
      kind: "usage_spike" as const,
      at: row.at,
      metric: row.metric,
      quantity: Number(row.quantity),
      baseline: row.baseline,
      ratio: Math.round((Number(row.quantity) / row.baseline) * 10) / 10,
    })),
  ].sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1));
  // When a source was cut at its newest 200, older entries of the others would make a one-sided
  // story: the timeline then starts where the cut source's shown entries start.
  const cuts = [audit, executions].filter((rows) => rows.length > TIMELINE_LIMIT).map((rows) => rows[TIMELINE_LIMIT - 1]!.at);
  const shownFrom = cuts.length > 0 ? cuts.sort().at(-1)! : null;
  return {
    tenant,
    shownFrom,
    from: from.toISOString(),
    to: to.toISOString(),
    entries: shownFrom ? entries.filter((entry) => entry.at >= shownFrom) : entries,
    counts: { audit: Math.min(audit.length, TIMELINE_LIMIT), executions: Math.min(executions.length, TIMELINE_LIMIT), spikes: spikes.length },
    capped: [...(audit.length > TIMELINE_LIMIT ? ["audit" as const] : []), ...(executions.length > TIMELINE_LIMIT ? ["executions" as const] : [])],
  };
}
