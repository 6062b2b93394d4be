import "server-only";
import type { z } from "zod";
import type { AuditActor, RequestContext } from "../audit/audit-event";
import type { StaffSession } from "../auth/current-staff";
import { fieldErrorsOf } from "../auth/create-staff-action";
import { can, type Permission } from "../auth/permissions";
import { getPrisma } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { DomainError } from "./domain-error";

// What every lib/<domain> mutation takes besides its input: who acts, from where, and (for tests)
// which database and which clock. Queries take the same, minus the request.

export type CallOptions = {
  actor: StaffSession;
  request: RequestContext;
  prisma?: PrismaClient;
  now?: Date;
};

export type ReadOptions = {
  actor: StaffSession;
  prisma?: PrismaClient;
  now?: Date;
};

/** Defence in depth: the action already checked, but lib/ functions may be called from anywhere. */
export function assertPermission(actor: StaffSession, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new DomainError("forbidden", "Your role does not allow this.");
  }
}

/** Parses input on the server; a failure becomes field errors keyed by the input's path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new DomainError("invalid_input", "Check the highlighted fields and try again.", { fieldErrors: fieldErrorsOf(parsed.error) });
}

export function auditActorOf(staff: Pick<StaffSession, "id" | "email">): AuditActor {
  return { type: "staff", id: staff.id, email: staff.email };
}

export function resolvePrisma(options: { prisma?: PrismaClient }): PrismaClient {
  return options.prisma ?? getPrisma();
}

/**
 * Optimistic concurrency: the form sends the `updatedAt` it was opened with; if the row has
 * changed since, the save is refused with the current values instead of overwriting them.
 */
export function assertUnchangedSince(
  row: { updatedAt: Date },
  expectedUpdatedAt: Date,
  what: string,
  current: () => unknown,
): void {
  if (row.updatedAt.getTime() === expectedUpdatedAt.getTime()) return;
  throw new DomainError(
    "stale",
    `Someone else changed ${what} after you opened it. Check the current values and try again.`,
    { current: current() },
  );
}
