import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PlanActions } from "@/components/plans/plan-actions";
import { PlanForm } from "@/components/plans/plan-form";
import { PlanLimitList } from "@/components/plans/plan-limits";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { readDatabase } from "@/lib/errors/read-database";
import { readOrNotFound } from "@/lib/errors/read-or-not-found";
import { formatMoney } from "@/lib/format/format-money";
import { getPlan } from "@/lib/plans/get-plan";

export const metadata: Metadata = { title: "Plan" };

type Props = { params: Promise<{ id: string }> };

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-5 py-3.5 shadow-xs">
      <p className="text-xs text-zinc-500">{label}</p>
      <p className="mt-1 text-lg font-semibold text-zinc-900 tabular-nums">{children}</p>
    </div>
  );
}

export default async function PlanPage({ params }: Props) {
  const access = await checkPageAccess("billing.view");
  if (!access.ok) return <><PageHeader title="Plan" /><DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const { id } = await params;
  const read = await readDatabase(() => readOrNotFound(() => getPlan({ actor: staff, input: { planId: id } })));
  if (!read.ok) return <><PageHeader title="Plan" /><DatabaseProblemPanel problem={read.problem} /></>;
  const plan = read.data;
  const canManage = can(staff.role, "billing.manage");

  return (
    <>
      <PageHeader
        title={plan.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs">{plan.slug}</span>
            <StatusBadge status={plan.status} />
            <span>
              Updated <ShortDate value={plan.updatedAt} />
            </span>
          </span>
        }
        actions={
          <>
            <ButtonLink href={`/subscriptions?plan=${encodeURIComponent(plan.slug)}`}>View subscriptions</ButtonLink>
            {canManage ? <PlanActions plan={plan} afterDelete="/plans" size="md" /> : null}
          </>
        }
      />

      <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="Price per month">{formatMoney(plan.priceMonthly, plan.currency)}</Figure>
        <Figure label="Price per year">{formatMoney(plan.priceYearly, plan.currency)}</Figure>
        <Figure label="Subscribers">{plan.subscriberCount.toLocaleString("en-US")}</Figure>
        <Figure label={`Monthly revenue (${plan.monthlyRevenue.currency})`}>{formatMoney(plan.monthlyRevenue.amount, plan.monthlyRevenue.currency)}</Figure>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Limits" description="Per billing month for executions, tokens and API calls; at a time for seats and agents." />
          <div className="px-5 py-2">
            <PlanLimitList limits={plan.limits} />
          </div>
        </Card>
        <Card>
          <CardHeader title="Features" description={plan.description ?? "No description."} />
          <div className="px-5 py-3.5">
            {plan.features.length > 0 ? (
              <ul className="space-y-1.5 text-[13px] text-zinc-700">
                {plan.features.map((feature) => (
                  <li key={feature} className="flex gap-1.5">
                    <span aria-hidden="true" className="text-emerald-600">✓</span>
                    {feature}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-[13px] text-zinc-400">None listed.</p>
            )}
          </div>
        </Card>
      </div>

      {canManage ? (
        <Card className="mt-6">
          <div id="edit" className="scroll-mt-6">
            <CardHeader title="Edit plan" description="New prices apply to each subscription from its next period. If someone else saves first, yours is refused and their values are shown." />
          </div>
          <div className="px-5 py-4">
            <PlanForm plan={plan} />
          </div>
        </Card>
      ) : null}
    </>
  );
}
