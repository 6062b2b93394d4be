import "server-only";
import type { z } from "zod";
import type { AuditActor, RequestContext } from "../audit/audit-event";
import type { StaffSession } from "../auth/current-staff";
import { can, type Permission } from "../auth/permissions";
import { getPrisma } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { StaffError } from "./staff-error";

// What every lib/staff function takes besides its input: who acts, from where, and (for tests)
// which database and which clock.
export type StaffCallOptions = {
  actor: StaffSession;
  request: RequestContext;
  prisma?: PrismaClient;
  now?: Date;
};

/** Defence in depth: the action already checked, but these functions may be called from anywhere. */
export function assertStaffPermission(actor: StaffSession, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new StaffError("forbidden", "Only admins can see and manage staff accounts.");
  }
}

export function parseStaffInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new StaffError("invalid_input", "Check the highlighted fields and try again.", { fieldErrors });
}

export function staffAuditActor(staff: Pick<StaffSession, "id" | "email">): AuditActor {
  return { type: "staff", id: staff.id, email: staff.email };
}

export function resolvePrisma(options: { prisma?: PrismaClient }): PrismaClient {
  return options.prisma ?? getPrisma();
}
