import pg from "pg";

// A small, exact audit trail for the search tests: every value is chosen so that each filter
// selects a known, non-trivial subset, including NULL columns, IPv4 and IPv6, nested details,
// equal timestamps and microseconds. Tests compute their expectations from these rows in
// TypeScript, independently of the SQL compiler.

export const FIXTURE_NOW = new Date("2026-11-28T12:00:00.000Z");

export const TENANTS = {
  acme: { id: "0e0c6a52-4a57-4d4b-9d7a-0d6f4b0c1a11", slug: "acme" },
  globex: { id: "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", slug: "globex" },
  initech: { id: "2c3d4e5f-6071-4b8c-9dae-1f2a3b4c5d6e", slug: "initech" },
} as const;

export const USERS = {
  ada: { id: "a0000000-0000-4000-8000-000000000001", email: "ada@acme.test", tenantId: TENANTS.acme.id },
  grace: { id: "a0000000-0000-4000-8000-000000000002", email: "Grace@Globex.test", tenantId: TENANTS.globex.id },
  linus: { id: "a0000000-0000-4000-8000-000000000003", email: "linus@initech.test", tenantId: TENANTS.initech.id },
} as const;

const STAFF = { id: "5f0c6a52-4a57-4d4b-9d7a-0d6f4b0c1a99", email: "sam@agent-factory.local" };

export type FixtureRow = {
  id: string;
  tenantId: string | null;
  actorType: "user" | "staff" | "api_key" | "system";
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  /** UTC with microseconds, the same form the search returns, so strings sort as times. */
  createdAt: string;
};

type NewRow = Omit<FixtureRow, "id">;

export const IPS = ["10.0.0.5", "10.1.2.3", "10.255.0.1", "192.168.1.20", "203.0.113.9", "2001:db8::1", "2001:db8:1::42", "2001:db9::1", "::ffff:10.0.0.9", null];
const ACTIONS = ["api_key.created", "api_key.revoked", "api_key.used", "user.login", "user.invited", "tenant.suspended", "workflow.published", "execution.failed", "plan.changed"];
const TENANT_CYCLE = [TENANTS.acme.id, TENANTS.globex.id, TENANTS.initech.id, TENANTS.acme.id, null];

/** A UTC instant `msBeforeNow` before FIXTURE_NOW (whole seconds), plus `micros` microseconds. */
export function fixtureTime(msBeforeNow: number, micros = 0): string {
  const second = new Date(FIXTURE_NOW.getTime() - msBeforeNow).toISOString().slice(0, 19);
  return `${second}.${String(micros).padStart(6, "0")}Z`;
}

function actorFor(i: number, tenantId: string | null): Pick<NewRow, "actorType" | "actorId" | "actorEmail"> {
  const user = Object.values(USERS).find((u) => u.tenantId === tenantId);
  if (!user || i % 6 === 5) return { actorType: "system", actorId: null, actorEmail: null };
  if (i % 6 === 4) return { actorType: "staff", actorId: STAFF.id, actorEmail: STAFF.email };
  if (i % 6 === 3) return { actorType: "api_key", actorId: `key_${i % 5}`, actorEmail: null };
  // Like rows the backend writes: the user's id without the email.
  if (i % 6 === 2) return { actorType: "user", actorId: user.id, actorEmail: null };
  return { actorType: "user", actorId: user.id, actorEmail: user.email };
}

function resourceFor(action: string, i: number, tenantId: string | null): Pick<NewRow, "resourceType" | "resourceId"> {
  const kind = action.split(".")[0]!;
  if (kind === "api_key") return { resourceType: "api_key", resourceId: `key_${i % 5}` };
  if (kind === "tenant") return { resourceType: "tenant", resourceId: tenantId };
  if (kind === "workflow") return { resourceType: "workflow", resourceId: `wf/${i % 2}` };
  if (kind === "execution") return { resourceType: "execution", resourceId: `ex_${i}` };
  if (kind === "plan") return { resourceType: null, resourceId: null };
  return { resourceType: "user", resourceId: `u_${i % 4}` };
}

function detailsFor(action: string, i: number): Record<string, unknown> {
  const details: Record<string, unknown> = { request_id: `req-${i}`, status: i % 3 === 0 ? 200 : 500, ok: i % 4 === 0 };
  if (action === "api_key.revoked") details.reason = i % 2 === 0 ? "Leaked in a PUBLIC repository" : "rotated by owner";
  if (action === "tenant.suspended") Object.assign(details, { before: { status: "active" }, after: { status: "suspended" } });
  if (action === "workflow.published") details.items = i % 2 === 0 ? ["alpha", "beta"] : ["beta"];
  return details;
}

function generatedRows(): NewRow[] {
  return Array.from({ length: 180 }, (_, i) => {
    const tenantId = TENANT_CYCLE[i % TENANT_CYCLE.length]!;
    const action = ACTIONS[(i * 7) % ACTIONS.length]!;
    return {
      tenantId,
      ...actorFor(i, tenantId),
      action,
      ...resourceFor(action, i, tenantId),
      details: detailsFor(action, i),
      ip: IPS[i % IPS.length]!,
      // Spread over 30 days, newest first as i grows smaller, each with its own microseconds.
      createdAt: fixtureTime(i * 4 * 3_600_000 + (i % 7) * 61_000 + 30_000, (i * 7919) % 1_000_000),
    };
  });
}

function specialRows(): NewRow[] {
  const base = { tenantId: TENANTS.globex.id, actorType: "user" as const, actorId: USERS.grace.id, actorEmail: USERS.grace.email, ip: "198.51.100.7" };
  const tie = fixtureTime(10 * 3_600_000, 123_457);
  return [
    // Exactly 24 hours before now: after:-24h includes it, before:-24h does not.
    { ...base, action: "billing.coupon_applied", resourceType: "coupon", resourceId: "50%_off", details: { code: "50%_off" }, createdAt: fixtureTime(24 * 3_600_000) },
    // Would match the unescaped pattern %50%_off%, so it proves % and _ are escaped.
    { ...base, action: "billing.note", resourceType: "note", resourceId: "n1", details: { note: "50 percent off" }, createdAt: fixtureTime(25 * 3_600_000) },
    // Five rows at one instant: only the id orders them, so pagination must use both keys.
    ...Array.from({ length: 5 }, (_, k) => ({ ...base, action: "api_key.used", resourceType: "api_key", resourceId: `tie_${k}`, details: { tie: k }, createdAt: tie })),
    // Rows from the future (clock skew on a backend node): before:now leaves them out.
    { ...base, tenantId: null, actorType: "system" as const, actorId: null, actorEmail: null, ip: null, action: "clock.skewed", resourceType: null, resourceId: null, details: {}, createdAt: fixtureTime(-3_600_000) },
    { ...base, action: "user.login", resourceType: "user", resourceId: "u_1", details: { unicode: "café ünïcode" }, createdAt: fixtureTime(-60_000, 5) },
  ];
}

export function buildFixtureRows(): NewRow[] {
  return [...generatedRows(), ...specialRows()];
}

/** Inserts tenants, users and the audit rows; returns the rows with the ids the database gave them. */
export async function insertAuditFixture(databaseUrl: string): Promise<FixtureRow[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const [name, tenant] of Object.entries(TENANTS)) {
      await client.query(`INSERT INTO tenants (id, name, slug, updated_at) VALUES ($1, $2, $3, now())`, [tenant.id, name, tenant.slug]);
    }
    for (const user of Object.values(USERS)) {
      await client.query(`INSERT INTO users (id, tenant_id, email, updated_at) VALUES ($1, $2, $3, now())`, [user.id, user.tenantId, user.email]);
    }
    const rows: FixtureRow[] = [];
    for (const row of buildFixtureRows()) rows.push({ ...row, id: await insertAuditRow(client, row) });
    await client.query("COMMIT");
    return rows;
  } finally {
    await client.end();
  }
}

export async function insertAuditRow(client: pg.ClientBase, row: NewRow): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO audit_logs (tenant_id, actor_type, actor_id, actor_email, action, resource_type, resource_id, details, ip_address, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id::text`,
    [row.tenantId, row.actorType, row.actorId, row.actorEmail, row.action, row.resourceType, row.resourceId, row.details, row.ip, row.createdAt],
  );
  return rows[0]!.id;
}

/** Newest first, as the search orders them: created_at, then id. */
export function sortNewestFirst(rows: FixtureRow[]): FixtureRow[] {
  return [...rows].sort((a, b) =>
    a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? 1 : -1) : BigInt(b.id) > BigInt(a.id) ? 1 : -1,
  );
}
