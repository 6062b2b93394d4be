import "server-only";
import { z } from "zod";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

const executionIdSchema = z.uuid();

/** One execution with its input and output, or null when the id is malformed or unknown. */
export async function getExecution(options: ReadOptions & { executionId: string }) {
  assertPermission(options.actor, "tenants.view");
  const id = executionIdSchema.safeParse(options.executionId);
  if (!id.success) return null;
  const execution = await resolvePrisma(options).execution.findUnique({
    where: { id: id.data },
    include: {
      tenant: { select: { id: true, name: true, slug: true } },
      agent: { select: { id: true, name: true, model: true } },
      workflow: { select: { id: true, name: true } },
      creator: { select: { id: true, email: true } },
    },
  });
  if (!execution) return null;
  return { ...execution, cost: execution.cost.toFixed(6) };
}

export type ExecutionDetail = NonNullable<Awaited<ReturnType<typeof getExecution>>>;
