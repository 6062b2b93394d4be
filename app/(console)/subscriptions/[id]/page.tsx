import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { PlanLimitList } from "@/components/plans/plan-limits";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { SubscriptionActions } from "@/components/subscriptions/subscription-actions";
import { SubscriptionDetails } from "@/components/subscriptions/subscription-details";
import type { PlanChoice } from "@/components/subscriptions/subscription-types";
import { Card, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { readDatabase } from "@/lib/errors/read-database";
import { readOrNotFound } from "@/lib/errors/read-or-not-found";
import { formatMoney } from "@/lib/format/format-money";
import { formatUtcDate } from "@/lib/format/format-utc-date";
import { listPlanChoices } from "@/lib/plans/list-plan-choices";
import { getSubscription } from "@/lib/subscriptions/get-subscription";

export const metadata: Metadata = { title: "Subscription" };

type Props = { params: Promise<{ id: string }> };

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-5 py-3.5 shadow-xs">
      <p className="text-xs text-zinc-500">{label}</p>
      <p className="mt-1 text-lg font-semibold text-zinc-900 tabular-nums">{children}</p>
    </div>
  );
}

export default async function SubscriptionPage({ params }: Props) {
  const access = await checkPageAccess("billing.view");
  if (!access.ok) return <><PageHeader title="Subscription" /><DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const canManage = can(staff.role, "billing.manage");
  const { id } = await params;

  const read = await readDatabase(async () => {
    const subscription = await readOrNotFound(() => getSubscription({ actor: staff, input: { subscriptionId: id } }));
    // Only admins see the change dialog, which lists the plans on sale in the same currency.
    const plans: PlanChoice[] = canManage
      ? await listPlanChoices({ actor: staff, currency: subscription.plan.currency, exceptPlanId: subscription.plan.id })
      : [];
    return { subscription, plans };
  });
  if (!read.ok) return <><PageHeader title="Subscription" /><DatabaseProblemPanel problem={read.problem} /></>;
  const { subscription: s, plans } = read.data;

  return (
    <>
      <PageHeader
        title={`${s.tenant.name} on ${s.plan.name}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge status={s.status} />
            <span className="font-mono text-xs">{s.id}</span>
            <Link href={`/subscriptions?tenant=${s.tenant.id}`} className="text-indigo-700 hover:underline">
              All of {s.tenant.name}&apos;s subscriptions
            </Link>
          </span>
        }
        actions={canManage ? <SubscriptionActions subscription={s} plans={plans} /> : null}
      />

      {s.cancelAtPeriodEnd && !s.endedAt ? (
        <p role="status" className="mb-6 rounded-md bg-amber-50 px-4 py-2.5 text-[13px] text-amber-900 ring-1 ring-amber-200 ring-inset">
          Cancels at the end of the period, on {formatUtcDate(s.currentPeriodEnd)}.{s.cancellationReason ? ` Reason: ${s.cancellationReason}` : ""}
        </p>
      ) : null}

      <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label={`Price per ${s.billingInterval}`}>{formatMoney(s.price.amount, s.price.currency)}</Figure>
        <Figure label={`Monthly revenue (${s.monthlyRevenue.currency})`}>{formatMoney(s.monthlyRevenue.amount, s.monthlyRevenue.currency)}</Figure>
        <Figure label={s.endedAt ? "Ended" : s.cancelAtPeriodEnd ? "Ends" : "Renews"}>{formatUtcDate(s.endedAt ?? s.currentPeriodEnd)}</Figure>
        <Figure label="Trial ends">{s.trialEndsAt ? formatUtcDate(s.trialEndsAt) : <span className="text-zinc-400">No trial</span>}</Figure>
      </div>

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <CardHeader title="Details" />
          <SubscriptionDetails subscription={s} />
        </Card>
        <Card className="self-start">
          <CardHeader title={`Limits of ${s.plan.name}`} description="Per billing month for executions, tokens and API calls; at a time for seats and agents." />
          <div className="px-5 py-2">
            <PlanLimitList limits={s.plan.limits} />
          </div>
        </Card>
      </div>
    </>
  );
}
