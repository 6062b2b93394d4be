import { describe, expect, it, vi } from "vitest";
import { apiKeyListSpec } from "../api-keys/api-key-list-spec";
import { blueprintListSpec } from "../blueprints/blueprint-list-spec";
import { DomainError } from "../domain/domain-error";
import { executionListSpec } from "../executions/execution-list-spec";
import { auditRowsFor, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { subscriptionListSpec } from "../subscriptions/subscription-list-spec";
import { userListSpec } from "../tenant-users/user-list-spec";
import { tenantListSpec } from "../tenants/tenant-list-spec";
import { usageRecordListSpec } from "../usage/usage-record-list-spec";
import { agentListSpec } from "../workspaces/agent-list-spec";
import { projectListSpec } from "../workspaces/project-list-spec";
import { workflowListSpec } from "../workspaces/workflow-list-spec";
import { readHiddenColumns, saveHiddenColumns, saveTableColumnsSchema, TABLE_IDS } from "./table-preferences";

vi.mock("server-only", () => ({}));

describe("table preferences", () => {
  const db = useStaffDatabase();

  it("saves hidden columns per person and list, audited, and reads them back", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const other = sessionOf(await insertStaff(db.prisma, { role: "admin" }));
    expect(await readHiddenColumns({ actor: support, tableId: "tenants", prisma: db.prisma })).toBeNull();

    await saveHiddenColumns({ actor: support, request: REQUEST, prisma: db.prisma, input: { tableId: "tenants", hidden: ["users", "slug"] } });
    await saveHiddenColumns({ actor: support, request: REQUEST, prisma: db.prisma, input: { tableId: "api-keys", hidden: [] } });

    expect(await readHiddenColumns({ actor: support, tableId: "tenants", prisma: db.prisma })).toEqual(["users", "slug"]);
    expect(await readHiddenColumns({ actor: support, tableId: "api-keys", prisma: db.prisma })).toEqual([]);
    expect(await readHiddenColumns({ actor: other, tableId: "tenants", prisma: db.prisma })).toBeNull();
    const audit = await auditRowsFor(db.url, support.id);
    expect(audit.map((row) => [row.action, row.details])).toEqual([
      ["staff.table_preferences_update", { table: "tenants", before: { hidden: null }, after: { hidden: ["users", "slug"] } }],
      ["staff.table_preferences_update", { table: "api-keys", before: { hidden: null }, after: { hidden: [] } }],
    ]);
  });

  it("refuses ids that are not list or column names", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const attempt = saveHiddenColumns({ actor: support, request: REQUEST, prisma: db.prisma, input: { tableId: "../x", hidden: ["a;drop"] } });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    expect(await readHiddenColumns({ actor: support, tableId: "../x", prisma: db.prisma })).toBeNull();
  });

  it("knows exactly the lists there are, and no other id", () => {
    const specs = [tenantListSpec, subscriptionListSpec, apiKeyListSpec, usageRecordListSpec, executionListSpec, userListSpec, projectListSpec, agentListSpec, workflowListSpec, blueprintListSpec];
    expect([...TABLE_IDS].sort()).toEqual(specs.map((spec) => spec.id).sort());
    expect(saveTableColumnsSchema.safeParse({ tableId: "audit-logs", hidden: [] }).success).toBe(false);
  });
});
