import type { Metadata } from "next";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { SubscriptionsTable } from "@/components/subscriptions/subscriptions-table";
import { TenantScopeChip } from "@/components/subscriptions/tenant-scope-chip";
import { checkPageAccess } from "@/lib/auth/page-access";
import { loadListPage } from "@/lib/data-table/load-list-page";
import { serializeListParams } from "@/lib/data-table/list-params";
import { readDatabase } from "@/lib/errors/read-database";
import { listSubscriptions, resolveTenantScope } from "@/lib/subscriptions/list-subscriptions";
import { subscriptionListSpec } from "@/lib/subscriptions/subscription-list-spec";

export const metadata: Metadata = { title: "Subscriptions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DESCRIPTION = "Every tenant's subscriptions, current and past, with their plan, renewal date and monthly revenue.";

export default async function SubscriptionsPage({ searchParams }: Props) {
  const access = await checkPageAccess("billing.view");
  const header = <PageHeader title="Subscriptions" description={DESCRIPTION} />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const query = await searchParams;

  const scope = await readDatabase(() => resolveTenantScope({ actor: staff, raw: query.tenant }));
  if (!scope.ok) return <>{header}<DatabaseProblemPanel problem={scope.problem} /></>;
  const tenant = scope.data.kind === "tenant" ? scope.data.tenant : null;

  const page = await loadListPage({
    spec: subscriptionListSpec,
    staff,
    searchParams: query,
    load: (params) => listSubscriptions({ actor: staff, params, tenantId: tenant?.id }),
  });
  if (!page.ok) return <>{header}<DatabaseProblemPanel problem={page.problem} /></>;

  const data = scope.data.kind === "invalid" ? { ...page.data, problems: [scope.data.problem, ...page.data.problems] } : page.data;
  const showAll = serializeListParams(subscriptionListSpec, { ...data.params, page: 1 }).toString();
  return (
    <>
      {header}
      {tenant ? <TenantScopeChip tenant={tenant} showAllHref={showAll ? `/subscriptions?${showAll}` : "/subscriptions"} /> : null}
      <SubscriptionsTable data={data} tenantId={tenant?.id ?? null} />
    </>
  );
}
