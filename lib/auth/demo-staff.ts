import { runAudited } from "../audit/run-audited";
import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword, verifyPassword } from "./password";
import type { StaffRole } from "./permissions";

// Two demo accounts for `npm run dev` on the embedded database and for the browser tests. Their
// passwords are public on purpose: they only ever exist in a local database.

export type DemoStaffAccount = { email: string; name: string; role: StaffRole; password: string };

export const DEMO_ADMIN: DemoStaffAccount = {
  email: "admin@agent-factory.local",
  name: "Ada Admin",
  role: "admin",
  password: "harbor-lantern-orbit-42",
};

export const DEMO_SUPPORT: DemoStaffAccount = {
  email: "support@agent-factory.local",
  name: "Sam Support",
  role: "support",
  password: "meadow-compass-river-17",
};

export const DEMO_STAFF = [DEMO_ADMIN, DEMO_SUPPORT] as const;

/** Creates the demo accounts when console_staff is empty; returns whether it did. */
export async function seedDemoStaff(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.consoleStaff.count()) > 0) return false;
  const hashes = await Promise.all(DEMO_STAFF.map((account) => hashPassword(account.password)));
  await runAudited(prisma, { actor: { type: "system" }, request: { ipAddress: null, userAgent: "npm run dev (demo accounts)" } }, async (tx, record) => {
    for (const [index, account] of DEMO_STAFF.entries()) {
      const created = await tx.consoleStaff.create({
        data: { email: account.email, name: account.name, role: account.role, passwordHash: hashes[index]!, passwordChangedAt: new Date() },
        select: { id: true },
      });
      record({ action: "staff.create", resourceType: "console_staff", resourceId: created.id, details: { role: account.role, demo: true } });
    }
  });
  return true;
}

/** The demo accounts that still exist, enabled, with their demo password (worth printing). */
export async function findUsableDemoStaff(prisma: PrismaClient): Promise<DemoStaffAccount[]> {
  const rows = await prisma.consoleStaff.findMany({
    where: { email: { in: DEMO_STAFF.map((account) => account.email) }, disabledAt: null },
    select: { email: true, role: true, passwordHash: true },
  });
  const usable = await Promise.all(
    DEMO_STAFF.map(async (account) => {
      const row = rows.find((candidate) => candidate.email === account.email);
      if (!row?.passwordHash || row.role !== account.role) return null;
      return (await verifyPassword(account.password, row.passwordHash)) ? account : null;
    }),
  );
  return usable.filter((account): account is DemoStaffAccount => account !== null);
}
