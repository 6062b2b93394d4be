import "server-only";
import { z } from "zod";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

const workflowIdSchema = z.uuid();

/** One workflow with its definition, or null when the id is malformed or unknown. */
export async function getWorkflow(options: ReadOptions & { workflowId: string }) {
  assertPermission(options.actor, "tenants.view");
  const id = workflowIdSchema.safeParse(options.workflowId);
  if (!id.success) return null;
  return resolvePrisma(options).workflow.findUnique({
    where: { id: id.data },
    include: {
      tenant: { select: { id: true, name: true } },
      project: { select: { id: true, name: true } },
      creator: { select: { id: true, email: true } },
    },
  });
}

export type WorkflowDetail = NonNullable<Awaited<ReturnType<typeof getWorkflow>>>;
