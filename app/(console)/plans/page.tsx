import type { Metadata } from "next";
import { PlanCards } from "@/components/plans/plan-cards";
import { PlanTotals } from "@/components/plans/plan-totals";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { ButtonLink } from "@/components/ui/button";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { readDatabase } from "@/lib/errors/read-database";
import { listPlanStats } from "@/lib/plans/list-plan-stats";

export const metadata: Metadata = { title: "Plans" };

const DESCRIPTION = "What tenants can buy: prices, limits and features, with each plan's subscribers and monthly revenue.";

export default async function PlansPage() {
  const access = await checkPageAccess("billing.view");
  if (!access.ok) return <><PageHeader title="Plans" description={DESCRIPTION} /><DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const canManage = can(staff.role, "billing.manage");
  const stats = await readDatabase(() => listPlanStats({ actor: staff }));
  return (
    <>
      <PageHeader title="Plans" description={DESCRIPTION} actions={canManage ? <ButtonLink href="/plans/new" variant="primary">New plan</ButtonLink> : null} />
      {stats.ok ? (
        stats.data.rows.length > 0 ? (
          <>
            <PlanTotals plans={stats.data.rows} revenueByCurrency={stats.data.revenueByCurrency} />
            <PlanCards plans={stats.data.rows} canManage={canManage} />
          </>
        ) : (
          <p className="rounded-lg border border-dashed border-zinc-300 bg-zinc-50/50 px-6 py-12 text-center text-sm text-zinc-500">
            No plans yet.{canManage ? " Create the first one with “New plan”." : ""}
          </p>
        )
      ) : (
        <DatabaseProblemPanel problem={stats.problem} />
      )}
    </>
  );
}
