import "server-only";
import { z } from "zod";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

const agentIdSchema = z.uuid();

/** One agent with its system prompt, or null when the id is malformed or unknown. */
export async function getAgent(options: ReadOptions & { agentId: string }) {
  assertPermission(options.actor, "tenants.view");
  const id = agentIdSchema.safeParse(options.agentId);
  if (!id.success) return null;
  return resolvePrisma(options).agent.findUnique({
    where: { id: id.data },
    include: {
      tenant: { select: { id: true, name: true } },
      project: { select: { id: true, name: true } },
      creator: { select: { id: true, email: true } },
    },
  });
}

export type AgentDetail = NonNullable<Awaited<ReturnType<typeof getAgent>>>;
