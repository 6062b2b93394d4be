import type pg from "pg";

// The seven searches the issue names, with their values drawn from the benchmark data itself, so
// every search has something to find at any row count. `now` is the end of the seeded data, so
// relative times (-24h, -7d) mean the same window however long ago the data was loaded.

export type BenchQuery = { name: string; query: string; pages: number };

export type BenchData = {
  now: Date;
  tenantSlug: string;
  requestId: string;
  cidr: string;
  term: string;
  /** The busiest user of the busiest tenant, as a ticket might spell it (capitalised). */
  email: string;
};

/** A word from the seed's execution errors: about 0.6 % of rows mention it. */
export const BENCH_TERM = "certificate";

export async function readBenchData(client: pg.ClientBase): Promise<BenchData> {
  const { rows: [latest] } = await client.query<{ now: Date }>("SELECT date_trunc('minute', max(created_at)) + interval '1 minute' AS now FROM audit_logs");
  if (!latest?.now) throw new Error("The benchmark database has no audit rows.");
  // The busiest tenant: tenant 1 of the power law, the worst case for a tenant-scoped search.
  const { rows: [tenant] } = await client.query<{ slug: string; id: string }>(
    `SELECT t.slug, t.id FROM tenants t
      ORDER BY (SELECT count(*) FROM audit_logs a WHERE a.tenant_id = t.id AND a.created_at >= $1::timestamptz - interval '1 day') DESC
      LIMIT 1`,
    [latest.now],
  );
  // A request id and a client network from the middle of the last week, as a ticket would quote.
  const { rows: [sample] } = await client.query<{ request_id: string; ip: string }>(
    `SELECT details->>'request_id' AS request_id, host(ip_address) AS ip FROM audit_logs
      WHERE created_at < $1::timestamptz - interval '3 days' AND ip_address IS NOT NULL AND family(ip_address) = 4
        AND details ? 'request_id'
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    [latest.now],
  );
  const { rows: [user] } = await client.query<{ email: string }>(
    `SELECT actor_email AS email FROM audit_logs
      WHERE tenant_id = $1::uuid AND actor_type = 'user' AND actor_email IS NOT NULL AND created_at >= $2::timestamptz - interval '1 day'
      GROUP BY actor_email ORDER BY count(*) DESC, actor_email LIMIT 1`,
    [tenant?.id, latest.now],
  );
  if (!tenant || !sample || !user) throw new Error("The benchmark database lacks tenants or recent audit rows.");
  const email = user.email.replace(/^[a-z]|@[a-z]|\.[a-z]/g, (letter) => letter.toUpperCase());
  const cidr = `${sample.ip.split(".").slice(0, 3).join(".")}.0/24`;
  return { now: latest.now, tenantSlug: tenant.slug, requestId: sample.request_id, cidr, term: BENCH_TERM, email };
}

export function benchQueries(data: BenchData): BenchQuery[] {
  return [
    { name: "1 newest 50 overall", query: "", pages: 1 },
    { name: "2 tenant, last 7 days", query: `tenant:${data.tenantSlug} after:-7d`, pages: 1 },
    { name: "3 tenant, free text", query: `tenant:${data.tenantSlug} ${data.term}`, pages: 1 },
    { name: "4 all tenants, free text, 24 h", query: `${data.term} after:-24h`, pages: 1 },
    { name: "5 details.request_id", query: `details.request_id:${data.requestId}`, pages: 1 },
    { name: "6 ip CIDR, last 7 days", query: `ip:${data.cidr} after:-7d`, pages: 1 },
    { name: "7 deep page (20th load more)", query: `tenant:${data.tenantSlug} after:-7d`, pages: 21 },
    // Beyond the seven: the case-insensitive email lookup that the SP-GiST index serves.
    { name: "8 user by email (any case), 7 days", query: `user:${data.email} after:-7d`, pages: 1 },
  ];
}
