import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";

// In the (list) group so that only the list streams behind a skeleton: a detail page outside it
// can still answer notFound() with a real 404 status.
export default function Loading() {
  return (
    <>
      <PageHeader title="Subscriptions" description="Every tenant's subscriptions, current and past, with their plan, renewal date and monthly revenue." />
      <DataTableSkeleton columns={9} />
    </>
  );
}
