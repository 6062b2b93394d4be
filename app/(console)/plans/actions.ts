"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { settleAction } from "@/lib/actions/settle-action";
import { archivePlan } from "@/lib/plans/archive-plan";
import { createPlan } from "@/lib/plans/create-plan";
import { deletePlan } from "@/lib/plans/delete-plan";
import { createPlanSchema, planStateChangeSchema, updatePlanSchema } from "@/lib/plans/plan-schemas";
import { unarchivePlan } from "@/lib/plans/unarchive-plan";
import { updatePlan } from "@/lib/plans/update-plan";

// Thin on purpose: staffAction checks the session, billing.manage and the input; lib/plans does
// the work, checks again, and audits before and after in the same transaction.

// A plan's name, prices and status show on the plan pages and in the subscription lists.
const planPaths = (planId: string) => ["/plans", `/plans/${planId}`, "/subscriptions"];

export const createPlanAction = staffAction("billing.manage", createPlanSchema, async (input, { staff, request }) =>
  settleAction(() => createPlan({ actor: staff, request, input }), (plan) => `${plan.name} was created.`, ["/plans"]),
);

export const updatePlanAction = staffAction("billing.manage", updatePlanSchema, async (input, { staff, request }) =>
  settleAction(() => updatePlan({ actor: staff, request, input }), (plan) => `${plan.name} was saved.`, planPaths(input.planId)),
);

export const archivePlanAction = staffAction("billing.manage", planStateChangeSchema, async (input, { staff, request }) =>
  settleAction(
    () => archivePlan({ actor: staff, request, input }),
    (plan) => `${plan.name} is archived. Its subscribers keep it; no one else can move to it.`,
    planPaths(input.planId),
  ),
);

export const unarchivePlanAction = staffAction("billing.manage", planStateChangeSchema, async (input, { staff, request }) =>
  settleAction(() => unarchivePlan({ actor: staff, request, input }), (plan) => `${plan.name} is on sale again.`, planPaths(input.planId)),
);

export const deletePlanAction = staffAction("billing.manage", planStateChangeSchema, async (input, { staff, request }) =>
  settleAction(() => deletePlan({ actor: staff, request, input }), (plan) => `${plan.name} was deleted.`, planPaths(input.planId)),
);
