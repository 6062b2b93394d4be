"use server";

import { settleAction } from "@/lib/actions/settle-action";
import { staffAction } from "@/lib/auth/staff-action";
import { baselineFromConsole } from "@/lib/migrations/console/baseline-database";
import { resolveFromConsole } from "@/lib/migrations/console/resolve-migration";
import { applyMigrationsSchema, baselineSchema, resolveMigrationSchema, startDriftCheckSchema } from "@/lib/migrations/console/schemas";
import { startApplyFromConsole } from "@/lib/migrations/console/start-apply";
import { startDriftCheckFromConsole } from "@/lib/migrations/console/start-drift-check";

// Thin on purpose: staffAction checks the session, the permission and the input; lib/migrations
// re-checks the permission, decides, does the work and writes the audit rows.

const PAGE = ["/migrations"];
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export const startDriftCheckAction = staffAction("migrations.view", startDriftCheckSchema, async (input, { staff }) =>
  settleAction(() => startDriftCheckFromConsole({ actor: staff, input }), () => "Checking drift…", PAGE),
);

export const applyMigrationsAction = staffAction("migrations.apply", applyMigrationsSchema, async (input, { staff, request }) =>
  settleAction(
    () => startApplyFromConsole({ actor: staff, request, input }),
    (job) => `Applying ${plural(job.steps.length, "migration")}…`,
    PAGE,
  ),
);

export const baselineDatabaseAction = staffAction("migrations.apply", baselineSchema, async (input, { staff, request }) =>
  settleAction(
    () => baselineFromConsole({ actor: staff, request, input }),
    ({ migrations }) => `Baselined: ${plural(migrations.length, "migration")} recorded as applied, without running them.`,
    PAGE,
  ),
);

export const resolveMigrationAction = staffAction("migrations.apply", resolveMigrationSchema, async (input, { staff, request }) =>
  settleAction(
    () => resolveFromConsole({ actor: staff, request, input }),
    ({ name, resolution }) =>
      resolution === "rolled_back" ? `${name} is marked rolled back: the next apply runs it again.` : `${name} is recorded as applied: it will not run again.`,
    PAGE,
  ),
);
