import "server-only";
import { z } from "zod";
import { runAudited } from "../audit/run-audited";
import type { StaffSession } from "../auth/current-staff";
import { auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import type { PrismaClient } from "../generated/prisma/client";

// Which columns each person hides, per list. Kept on the staff row so it follows them to any
// browser; the URL's `hide=` still wins, so a shared link shows what its sender saw.

const preferencesSchema = z.record(z.string(), z.object({ hidden: z.array(z.string()).max(50) }).partial());

/** Every list's spec `id` (lib/<domain>/<entity>-list-spec.ts); a test checks the two agree. */
export const TABLE_IDS = [
  "tenants", "subscriptions", "api-keys", "usage-records", "executions", "users", "projects", "agents", "workflows", "blueprints",
] as const;

export const saveTableColumnsSchema = z.object({
  tableId: z.enum(TABLE_IDS, { error: "Unknown list." }),
  hidden: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,40}$/)).max(50),
});

export async function readHiddenColumns(options: { actor: StaffSession; tableId: string; prisma?: PrismaClient }): Promise<string[] | null> {
  const row = await resolvePrisma(options).consoleStaff.findUnique({ where: { id: options.actor.id }, select: { tablePreferences: true } });
  const parsed = preferencesSchema.safeParse(row?.tablePreferences ?? {});
  return parsed.success ? (parsed.data[options.tableId]?.hidden ?? null) : null;
}

export async function saveHiddenColumns(options: CallOptions & { input: unknown }): Promise<string[]> {
  const input = parseInput(saveTableColumnsSchema, options.input);
  return runAudited(resolvePrisma(options), { actor: auditActorOf(options.actor), request: options.request }, async (tx, record) => {
    const rows = await tx.$queryRaw<{ table_preferences: unknown }[]>`
      SELECT table_preferences FROM console_staff WHERE id = ${options.actor.id}::uuid FOR UPDATE`;
    const current = preferencesSchema.safeParse(rows[0]?.table_preferences ?? {});
    const preferences = current.success ? current.data : {};
    const before = preferences[input.tableId]?.hidden ?? null;
    preferences[input.tableId] = { ...preferences[input.tableId], hidden: input.hidden };
    await tx.consoleStaff.update({ where: { id: options.actor.id }, data: { tablePreferences: preferences } });
    record({
      action: "staff.table_preferences_update",
      resourceType: "console_staff",
      resourceId: options.actor.id,
      details: { table: input.tableId, before: { hidden: before }, after: { hidden: input.hidden } },
    });
    return input.hidden;
  });
}
