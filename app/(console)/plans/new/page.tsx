import type { Metadata } from "next";
import { PlanForm } from "@/components/plans/plan-form";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { checkPageAccess } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "New plan" };

export default async function NewPlanPage() {
  // Support may read plans but not create them: this page is admin-only, like the action behind it.
  const access = await checkPageAccess("billing.manage");
  return (
    <>
      <PageHeader title="New plan" description="It goes on sale at once. Prices apply to new subscriptions and to plan changes." />
      {access.ok ? (
        <Card className="px-5 py-4">
          <PlanForm />
        </Card>
      ) : (
        <DatabaseProblemPanel problem={access.problem} />
      )}
    </>
  );
}
