import "server-only";
import type { CallOptions } from "../domain/call-options";
import type { UnarchivePlanInput } from "./plan-schemas";
import type { PlanView } from "./plan-view";
import { setPlanStatus } from "./set-plan-status";

/** Puts an archived plan back on sale. */
export async function unarchivePlan(options: CallOptions & { input: UnarchivePlanInput }): Promise<PlanView> {
  return setPlanStatus(options, "active");
}
