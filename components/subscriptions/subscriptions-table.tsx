"use client";

import { DataTable } from "@/components/data-table/data-table";
import { scopeQueryOf } from "@/components/data-table/tenant-scope-chip";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import { subscriptionListSpec } from "@/lib/subscriptions/subscription-list-spec";
import type { SubscriptionListRow } from "@/lib/subscriptions/subscription-list-source";
import { subscriptionColumns } from "./subscription-table-columns";

export function SubscriptionsTable({ data, tenantId }: { data: ListPageData<SubscriptionListRow>; tenantId: string | null }) {
  return (
    <DataTable
      spec={subscriptionListSpec}
      {...data}
      columns={subscriptionColumns}
      getRowId={(row) => row.id}
      exportPath="/subscriptions/export.csv"
      scopeQuery={scopeQueryOf(tenantId)}
      empty={{ title: "No subscriptions yet", description: "A subscription appears here when a tenant chooses a plan." }}
    />
  );
}
