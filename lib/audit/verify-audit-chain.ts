import type pg from "pg";

export type ChainCheck = {
  checkedRows: number;
  firstBroken: null | { id: string; reason: "content_changed" | "link_broken"; createdAt: string; action: string };
  from: string | null;
  to: string | null;
};

/**
 * Recomputes every row's hash in SQL, in id order, and finds the first row whose stored hash no
 * longer matches its content, or whose link to the previous row is broken. Within a time range,
 * the first row's link is checked against the row just before the range.
 */
export async function verifyAuditChain(client: pg.ClientBase, range: { from?: Date; to?: Date } = {}): Promise<ChainCheck> {
  const params = [range.from ?? null, range.to ?? null];
  // The range becomes a contiguous run of ids, so each row is compared with its true predecessor.
  const { rows } = await client.query(
    `with bounds as (
       select min(id) as first_id, max(id) as last_id from audit_logs
        where ($1::timestamptz is null or created_at >= $1) and ($2::timestamptz is null or created_at < $2)
     ),
     before_range as (
       select row_hash from audit_logs where id < (select first_id from bounds) order by id desc limit 1
     ),
     ordered as (
       select a.id, a.created_at, a.action, a.prev_hash, a.row_hash,
              coalesce(lag(a.row_hash) over (order by a.id), (select row_hash from before_range), repeat('0', 64)) as expected_prev,
              encode(sha256(convert_to(a.prev_hash || audit_logs_row_content(a), 'UTF8')), 'hex') as recomputed
         from audit_logs a, bounds
        where a.id between bounds.first_id and bounds.last_id
     )
     select (select count(*) from ordered)::text as checked,
            b.id::text as id, b.created_at, b.action,
            case when b.row_hash is distinct from b.recomputed then 'content_changed' else 'link_broken' end as reason
       from (select 1) one
       left join lateral (
         select * from ordered
          where row_hash is distinct from recomputed or prev_hash is distinct from expected_prev
          order by id limit 1
       ) b on true`,
    params,
  );
  const row = rows[0]!;
  return {
    checkedRows: Number(row.checked),
    firstBroken: row.id ? { id: row.id, reason: row.reason, createdAt: new Date(row.created_at).toISOString(), action: row.action } : null,
    from: range.from?.toISOString() ?? null,
    to: range.to?.toISOString() ?? null,
  };
}
