import type { Metadata } from "next";
import { TenantScopeChip } from "@/components/data-table/tenant-scope-chip";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { SubscriptionsTable } from "@/components/subscriptions/subscriptions-table";
import { checkPageAccess } from "@/lib/auth/page-access";
import { loadScopedListPage } from "@/lib/data-table/load-scoped-list-page";
import { listSubscriptions } from "@/lib/subscriptions/list-subscriptions";
import { subscriptionListSpec } from "@/lib/subscriptions/subscription-list-spec";

export const metadata: Metadata = { title: "Subscriptions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DESCRIPTION = "Every tenant's subscriptions, current and past, with their plan, renewal date and monthly revenue.";

export default async function SubscriptionsPage({ searchParams }: Props) {
  const access = await checkPageAccess("billing.view");
  const header = <PageHeader title="Subscriptions" description={DESCRIPTION} />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const page = await loadScopedListPage({
    spec: subscriptionListSpec,
    staff,
    permission: "billing.view",
    searchParams: await searchParams,
    load: (params, tenantId) => listSubscriptions({ actor: staff, params, tenantId }),
  });
  if (!page.ok) return <>{header}<DatabaseProblemPanel problem={page.problem} /></>;
  const { list, tenant } = page.data;
  return (
    <>
      {header}
      {tenant ? <TenantScopeChip tenant={tenant} spec={subscriptionListSpec} params={list.params} path="/subscriptions" /> : null}
      <SubscriptionsTable data={list} tenantId={tenant?.id ?? null} />
    </>
  );
}
