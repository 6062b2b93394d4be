import type { Metadata } from "next";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { TenantActions } from "@/components/tenants/tenant-actions";
import { TenantApiKeysCard, TenantAuditCard, TenantExecutionsCard } from "@/components/tenants/tenant-activity-cards";
import { SuspensionNotice, TenantProfileCard, TenantSubscriptionCard } from "@/components/tenants/tenant-summary-cards";
import { TenantUsage, type TenantUsageDays } from "@/components/tenants/tenant-usage";
import { TenantUsersCard, TenantWorkspaceCard } from "@/components/tenants/tenant-workspace-cards";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { readDatabase } from "@/lib/errors/read-database";
import { readOrNotFound } from "@/lib/errors/read-or-not-found";
import { getTenantOverview } from "@/lib/tenants/get-tenant-overview";

export const metadata: Metadata = { title: "Tenant" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function parseDays(raw: string | string[] | undefined): { days: TenantUsageDays; problem?: string } {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === "30") return { days: 30 };
  if (value === "90") return { days: 90 };
  return { days: 30, problem: "Usage is shown for 30 or 90 days, so the last 30 days are shown." };
}

export default async function TenantPage({ params, searchParams }: Props) {
  const access = await checkPageAccess("tenants.view");
  if (!access.ok) return <><PageHeader title="Tenant" /><DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { days, problem } = parseDays(query.days);

  // The layout checked the id; not found here is a tenant deleted since.
  const read = await readDatabase(() => readOrNotFound(() => getTenantOverview({ actor: staff, tenantId: id })));
  if (!read.ok) return <><PageHeader title="Tenant" /><DatabaseProblemPanel problem={read.problem} /></>;
  const overview = read.data;
  const { profile, subscription } = overview;
  const canManage = can(staff.role, "tenants.manage");

  return (
    <>
      <PageHeader
        title={profile.name}
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-mono text-xs">{profile.slug}</span>
            <StatusBadge status={profile.status} />
            <span>
              Created <ShortDate value={profile.createdAt} />
            </span>
          </span>
        }
        actions={
          canManage ? (
            <TenantActions
              tenant={{ id: profile.id, name: profile.name, slug: profile.slug, billingEmail: profile.billingEmail, status: profile.status, updatedAt: profile.updatedAt }}
            />
          ) : null
        }
      />
      {profile.status === "suspended" ? <SuspensionNotice profile={profile} /> : null}

      <div className="space-y-6 [&>*]:min-w-0">
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2 [&>*]:min-w-0">
          <TenantProfileCard profile={profile} />
          <TenantSubscriptionCard subscription={subscription} tenantId={profile.id} />
        </div>

        <TenantUsage
          usage={overview.usage}
          days={days}
          problem={problem}
          tenantId={profile.id}
          tenantName={profile.name}
          planName={subscription?.plan.name ?? null}
          anchorDay={subscription ? subscription.currentPeriodStart.getUTCDate() : null}
        />

        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <TenantUsersCard users={overview.users} tenantId={profile.id} />
          <TenantWorkspaceCard workspace={overview} tenantId={profile.id} />
        </div>

        <TenantExecutionsCard executions={overview.executions} tenantId={profile.id} />

        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2 [&>*]:min-w-0">
          <TenantApiKeysCard apiKeys={overview.apiKeys} tenantId={profile.id} canManage={can(staff.role, "api_keys.manage")} />
          <TenantAuditCard events={overview.auditEvents} slug={profile.slug} />
        </div>
      </div>
    </>
  );
}
