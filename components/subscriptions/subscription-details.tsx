import Link from "next/link";
import type { ReactNode } from "react";
import { INTERVAL_LABELS } from "@/components/plans/plan-labels";
import { DateStack } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatUtcDate } from "@/lib/format/format-utc-date";
import type { SubscriptionView } from "@/lib/subscriptions/subscription-view";

const LINK = "font-medium text-zinc-900 hover:text-indigo-700 hover:underline";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-3 py-2">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="min-w-0 text-zinc-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-zinc-400">—</span>;

export function SubscriptionDetails({ subscription }: { subscription: SubscriptionView }) {
  const s = subscription;
  return (
    <dl className="divide-y divide-zinc-100 px-5 py-1 text-[13px]">
      <Row label="Tenant">
        <Link href={`/tenants/${s.tenant.id}`} className={LINK}>{s.tenant.name}</Link>
        <span className="ml-2 font-mono text-xs text-zinc-500">{s.tenant.slug}</span>
      </Row>
      <Row label="Plan">
        <span className="flex flex-wrap items-center gap-2">
          <Link href={`/plans/${s.plan.id}`} className={LINK}>{s.plan.name}</Link>
          {s.plan.status === "archived" ? <StatusBadge status="archived" /> : null}
        </span>
      </Row>
      <Row label="Status"><StatusBadge status={s.status} /></Row>
      <Row label="Billing interval">{INTERVAL_LABELS[s.billingInterval] ?? s.billingInterval}</Row>
      <Row label="Current period">
        {formatUtcDate(s.currentPeriodStart)} – {formatUtcDate(s.currentPeriodEnd)}
      </Row>
      <Row label="Trial ends">{s.trialEndsAt ? formatUtcDate(s.trialEndsAt) : none}</Row>
      <Row label="Cancels at period end">{s.cancelAtPeriodEnd ? <StatusBadge status="past_due" label={`Yes, on ${formatUtcDate(s.currentPeriodEnd)}`} /> : "No"}</Row>
      <Row label="Canceled">{s.canceledAt ? <DateStack value={s.canceledAt} /> : none}</Row>
      <Row label="Ended">{s.endedAt ? <DateStack value={s.endedAt} /> : none}</Row>
      <Row label="Cancellation reason">{s.cancellationReason ?? none}</Row>
      <Row label="External id">{s.externalId ? <span className="font-mono text-xs">{s.externalId}</span> : none}</Row>
      <Row label="Created"><DateStack value={s.createdAt} /></Row>
      <Row label="Last changed"><DateStack value={s.updatedAt} /></Row>
    </dl>
  );
}
