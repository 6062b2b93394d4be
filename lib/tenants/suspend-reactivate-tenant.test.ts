import { describe, expect, it, vi } from "vitest";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import type { PrismaClient } from "../generated/prisma/client";
import { queryRows } from "../testing/sql";
import { previewSuspension } from "./preview-suspension";
import { reactivateTenant } from "./reactivate-tenant";
import { suspendTenant } from "./suspend-tenant";
import {
  countAll, expectDomainError, insertAgent, insertApiKey, insertExecution, insertPlan, insertSubscription, insertTenant,
  insertUser, insertWorkflow, tenantAuditRows,
} from "./tenant-test-kit";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T09:30:00.000Z");
const LATER = new Date("2026-12-20T00:00:00.000Z");
const EARLIER = new Date("2026-10-01T00:00:00.000Z");

/** 3 of 4 users active, 2 of 4 keys active, 2 active agents, 1 active workflow, 1 running and 2 pending executions. */
async function insertBusyTenant(prisma: PrismaClient, name: string) {
  const tenant = await insertTenant(prisma, { name, status: "active" });
  for (const isActive of [true, true, true, false]) await insertUser(prisma, tenant.id, { isActive });
  await insertApiKey(prisma, tenant.id);
  await insertApiKey(prisma, tenant.id, { expiresAt: LATER });
  await insertApiKey(prisma, tenant.id, { expiresAt: EARLIER });
  await insertApiKey(prisma, tenant.id, { revokedAt: EARLIER });
  for (const status of ["active", "active", "paused", "draft"] as const) await insertAgent(prisma, tenant.id, { status });
  for (const status of ["active", "archived"] as const) await insertWorkflow(prisma, tenant.id, { status });
  for (const status of ["running", "pending", "pending", "completed", "failed"] as const) await insertExecution(prisma, tenant.id, { status });
  const plan = await insertPlan(prisma, {}, { name: "Growth" });
  await insertSubscription(prisma, tenant.id, plan.id, { status: "trialing" });
  return (await prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } }));
}

const IMPACT = {
  activeUsers: 3, activeApiKeys: 2, activeAgents: 2, activeWorkflows: 1, runningExecutions: 1, pendingExecutions: 2,
  subscription: { planName: "Growth", status: "trialing" },
};

describe("previewSuspension, suspendTenant and reactivateTenant", () => {
  const db = useStaffDatabase();
  const stored = async (id: string) =>
    (await queryRows(db.url, "SELECT status::text, suspended_at, suspension_reason FROM tenants WHERE id = $1", [id]))[0];

  it("previews what a suspension affects, counting only this tenant's live things", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const tenant = await insertBusyTenant(db.prisma, "Busy Bees");
    const neighbour = await insertTenant(db.prisma);
    await insertUser(db.prisma, neighbour.id);
    await insertExecution(db.prisma, neighbour.id, { status: "running" });

    const preview = await previewSuspension({ actor: support, prisma: db.prisma, now: NOW, tenantId: tenant.id });

    expect(preview).toMatchObject({ tenant: { id: tenant.id, name: "Busy Bees", status: "active", updatedAt: tenant.updatedAt }, ...IMPACT });
    expect(preview.sentences).toEqual([
      "3 active users of Busy Bees lose access.",
      "2 active API keys stop working.",
      "2 active agents and 1 active workflow stop running.",
      "1 execution is running and 2 are waiting to start right now.",
      "The Growth subscription (trialing) is not changed: cancel it separately if billing should stop.",
    ]);
    const quiet = await previewSuspension({ actor: support, prisma: db.prisma, now: NOW, tenantId: (await insertTenant(db.prisma, { name: "Quiet" })).id });
    expect(quiet.sentences).toEqual([
      "Quiet has no active users, API keys, agents, workflows or executions.",
      "Quiet has no current subscription.",
    ]);
    await expectDomainError(previewSuspension({ actor: support, prisma: db.prisma, tenantId: "not-a-uuid" }), "not_found");
  });

  it("suspends with the reason and audits the impact; a second suspension is refused", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertBusyTenant(db.prisma, "Suspend Me");

    const after = await suspendTenant({
      actor, request: REQUEST, prisma: db.prisma, now: NOW,
      input: { tenantId: tenant.id, expectedUpdatedAt: tenant.updatedAt.toISOString(), reason: "  Chargeback fraud  " },
    });

    expect(after).toMatchObject({ status: "suspended", suspendedAt: NOW, suspensionReason: "Chargeback fraud" });
    expect(await stored(tenant.id)).toEqual({ status: "suspended", suspended_at: NOW, suspension_reason: "Chargeback fraud" });
    expect(await tenantAuditRows(db.url, tenant.id)).toEqual([{
      tenant_id: tenant.id, actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "tenant.suspend",
      resource_type: "tenant", resource_id: tenant.id, ip: REQUEST.ipAddress,
      details: {
        before: { status: "active", suspendedAt: null, suspensionReason: null },
        after: { status: "suspended", suspendedAt: NOW.toISOString(), suspensionReason: "Chargeback fraud" },
        reason: "Chargeback fraud",
        impact: IMPACT,
      },
    }]);

    const error = await expectDomainError(
      suspendTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: tenant.id, expectedUpdatedAt: after.updatedAt, reason: "Again" } }),
      "no_change",
    );
    expect(error.message).toBe("Suspend Me is already suspended.");
    expect(await tenantAuditRows(db.url, tenant.id)).toHaveLength(1);
  });

  it("reactivates to trial while the subscription is trialing, and to active otherwise", async () => {
    const actor = await insertAdminSession(db.prisma);
    const trialing = await insertBusyTenant(db.prisma, "Trialing Co");
    const suspended = await suspendTenant({ actor, request: REQUEST, prisma: db.prisma, now: NOW, input: { tenantId: trialing.id, expectedUpdatedAt: trialing.updatedAt, reason: "Late payment" } });

    const back = await reactivateTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: trialing.id, expectedUpdatedAt: suspended.updatedAt, reason: "Paid up" } });
    expect(back).toMatchObject({ status: "trial", suspendedAt: null, suspensionReason: null });
    const [, audit] = await tenantAuditRows(db.url, trialing.id);
    expect(audit).toMatchObject({ action: "tenant.reactivate", tenant_id: trialing.id, actor_id: actor.id });
    expect(audit!.details).toEqual({
      before: { status: "suspended", suspendedAt: NOW.toISOString(), suspensionReason: "Late payment" },
      after: { status: "trial", suspendedAt: null, suspensionReason: null },
      reason: "Paid up",
    });

    const plain = await insertTenant(db.prisma, { status: "suspended", suspendedAt: NOW, suspensionReason: "Abuse" });
    expect(await reactivateTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: plain.id, expectedUpdatedAt: plain.updatedAt, reason: "Cleared" } }))
      .toMatchObject({ status: "active" });
  });

  it("refuses cancelled tenants, a reactivation of one that is not suspended, and stale edits", async () => {
    const actor = await insertAdminSession(db.prisma);
    const cancelled = await insertTenant(db.prisma, { name: "Gone Ltd", status: "cancelled" });
    const input = { tenantId: cancelled.id, expectedUpdatedAt: cancelled.updatedAt, reason: "Because" };
    expect((await expectDomainError(suspendTenant({ actor, request: REQUEST, prisma: db.prisma, input }), "conflict")).message)
      .toBe("Gone Ltd is cancelled, so it cannot be suspended.");
    await expectDomainError(reactivateTenant({ actor, request: REQUEST, prisma: db.prisma, input }), "conflict");

    const active = await insertTenant(db.prisma, { name: "Fine Co" });
    expect((await expectDomainError(
      reactivateTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: active.id, expectedUpdatedAt: active.updatedAt, reason: "Why not" } }),
      "no_change",
    )).message).toBe("Fine Co is not suspended.");

    await db.prisma.tenant.update({ where: { id: active.id }, data: { billingEmail: "new@fine.test" } });
    await expectDomainError(
      suspendTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: active.id, expectedUpdatedAt: active.updatedAt, reason: "Spam" } }),
      "stale",
    );
    expect((await stored(active.id))!.status).toBe("active");
    expect(await tenantAuditRows(db.url, active.id)).toEqual([]);
  });

  it("requires a reason of 3 to 500 characters", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    for (const [reason, message] of [[" ab ", "Give a reason of at least 3 characters."], ["r".repeat(501), "Use at most 500 characters."], [undefined, "Give a reason."]] as const) {
      const error = await expectDomainError(
        suspendTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: tenant.id, expectedUpdatedAt: tenant.updatedAt, reason: reason as string } }),
        "invalid_input",
      );
      expect(error.extra.fieldErrors).toEqual({ reason: [message] });
    }
  });

  it("refuses a support actor for both, writing nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const active = await insertTenant(db.prisma);
    const suspended = await insertTenant(db.prisma, { status: "suspended", suspendedAt: NOW, suspensionReason: "Abuse" });
    const auditBefore = await countAll(db.url, "audit_logs");
    await expectDomainError(suspendTenant({ actor: support, request: REQUEST, prisma: db.prisma, input: { tenantId: active.id, expectedUpdatedAt: active.updatedAt, reason: "Spam" } }), "forbidden");
    await expectDomainError(reactivateTenant({ actor: support, request: REQUEST, prisma: db.prisma, input: { tenantId: suspended.id, expectedUpdatedAt: suspended.updatedAt, reason: "Ok" } }), "forbidden");
    expect((await stored(active.id))!.status).toBe("active");
    expect((await stored(suspended.id))!.status).toBe("suspended");
    expect(await countAll(db.url, "audit_logs")).toBe(auditBefore);
  });
});
