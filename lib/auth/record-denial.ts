import type { RequestContext } from "../audit/audit-event";
import { writeAuditEvent } from "../audit/run-audited";
import type { PrismaClient } from "../generated/prisma/client";
import type { Permission, StaffRole } from "./permissions";

/** An authorization denial, for the audit trail: who asked for what, where. Nothing else is written. */
export async function recordDenial(
  prisma: PrismaClient,
  denial: { staff: { id: string; email: string; role: StaffRole }; permission: Permission; path: string; request: RequestContext },
): Promise<void> {
  await writeAuditEvent(
    prisma,
    { actor: { type: "staff", id: denial.staff.id, email: denial.staff.email }, request: denial.request },
    { action: "auth.denied", details: { permission: denial.permission, path: denial.path.slice(0, 500), role: denial.staff.role } },
  );
}
