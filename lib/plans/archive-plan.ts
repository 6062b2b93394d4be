import "server-only";
import type { CallOptions } from "../domain/call-options";
import type { ArchivePlanInput } from "./plan-schemas";
import type { PlanView } from "./plan-view";
import { setPlanStatus } from "./set-plan-status";

/** Takes a plan off sale: its subscribers keep it, but no subscription can move to it any more. */
export async function archivePlan(options: CallOptions & { input: ArchivePlanInput }): Promise<PlanView> {
  return setPlanStatus(options, "archived");
}
