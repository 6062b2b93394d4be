import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { StaffRole } from "../auth/permissions";

// How a staff account looks to the console: never the password hash or the invite token hash.

export type StaffStatus = "active" | "disabled" | "invited";

export type StaffRow = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  status: StaffStatus;
  /** True for an invited account whose link has lapsed: it needs a fresh invite. */
  inviteExpired: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: { id: string; name: string; email: string } | null;
};

export const staffRowSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  passwordHash: true,
  disabledAt: true,
  inviteExpiresAt: true,
  mustChangePassword: true,
  lastLoginAt: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true, email: true } },
} satisfies Prisma.ConsoleStaffSelect;

export type StaffRecord = Prisma.ConsoleStaffGetPayload<{ select: typeof staffRowSelect }>;

export function toStaffRow(record: StaffRecord, now: Date): StaffRow {
  const invited = record.passwordHash === null;
  return {
    id: record.id,
    email: record.email,
    name: record.name,
    role: record.role,
    status: record.disabledAt ? "disabled" : invited ? "invited" : "active",
    inviteExpired: invited && (!record.inviteExpiresAt || record.inviteExpiresAt.getTime() <= now.getTime()),
    mustChangePassword: record.mustChangePassword,
    lastSignInAt: record.lastLoginAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    createdBy: record.createdBy,
  };
}
