import Link from "next/link";
import { DetailFields } from "@/components/workspaces/detail-fields";
import { Card, CardHeader } from "@/components/ui/card";
import { ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatMoney } from "@/lib/format/format-money";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import type { TenantOverview } from "@/lib/tenants/get-tenant-overview";
import { CardLink, Muted } from "./tenant-card-bits";

/** Said at the top of a suspended tenant's page: since when, and why. */
export function SuspensionNotice({ profile }: { profile: TenantOverview["profile"] }) {
  return (
    <section role="status" aria-label="Suspension" className="mb-6 rounded-lg border border-red-200 bg-red-50/70 px-5 py-3.5 text-[13px] text-red-900">
      <p className="font-semibold">
        Suspended{profile.suspendedAt ? ` since ${formatUtcDateTime(profile.suspendedAt)}` : ""}. Its users and API keys are refused.
      </p>
      <p className="mt-1 text-red-800">
        Reason: {profile.suspensionReason ? <span className="whitespace-pre-wrap">{profile.suspensionReason}</span> : "none given."}
      </p>
    </section>
  );
}

export function TenantProfileCard({ profile }: { profile: TenantOverview["profile"] }) {
  return (
    <Card>
      <CardHeader title="Profile" />
      <DetailFields
        fields={[
          { label: "Name", value: profile.name },
          { label: "Slug", value: <span className="font-mono text-xs">{profile.slug}</span> },
          { label: "Status", value: <StatusBadge status={profile.status} /> },
          { label: "Billing email", value: profile.billingEmail ?? <Muted>None</Muted> },
          { label: "Created", value: formatUtcDateTime(profile.createdAt) },
          { label: "Updated", value: formatUtcDateTime(profile.updatedAt) },
          { label: "ID", value: <span className="font-mono text-xs break-all">{profile.id}</span> },
        ]}
      />
    </Card>
  );
}

export function TenantSubscriptionCard({ subscription, tenantId }: { subscription: TenantOverview["subscription"]; tenantId: string }) {
  if (!subscription) {
    return (
      <Card>
        <CardHeader title="Subscription" action={<CardLink href={`/subscriptions?tenant=${tenantId}`}>History</CardLink>} />
        <p className="px-5 py-6 text-[13px] text-zinc-500">No current subscription: every earlier one has ended or was canceled.</p>
      </Card>
    );
  }
  const { plan } = subscription;
  const yearly = subscription.billingInterval === "year";
  return (
    <Card>
      <CardHeader title="Subscription" action={<CardLink href={`/subscriptions/${subscription.id}`}>Open subscription</CardLink>} />
      <DetailFields
        fields={[
          {
            label: "Plan",
            value: (
              <span className="flex flex-wrap items-center gap-2">
                <Link href={`/plans/${plan.id}`} className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline">{plan.name}</Link>
                {plan.status !== "active" ? <StatusBadge status={plan.status} /> : null}
              </span>
            ),
          },
          { label: "Status", value: <span className="flex flex-wrap items-center gap-2"><StatusBadge status={subscription.status} />{subscription.cancelAtPeriodEnd ? <span className="text-xs text-amber-800">Cancels at period end</span> : null}</span> },
          {
            label: "Price",
            value: `${formatMoney(yearly ? plan.priceYearly : plan.priceMonthly, plan.currency)} per ${yearly ? "year" : "month"}`,
          },
          {
            label: "Current period",
            value: (
              <span className="flex flex-wrap gap-1">
                <ShortDate value={subscription.currentPeriodStart} /> – <ShortDate value={subscription.currentPeriodEnd} />
              </span>
            ),
          },
          ...(subscription.trialEndsAt ? [{ label: "Trial ends", value: <ShortDate value={subscription.trialEndsAt} /> }] : []),
          { label: "Since", value: <ShortDate value={subscription.createdAt} /> },
        ]}
      />
    </Card>
  );
}
