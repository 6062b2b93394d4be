import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";

export default function Loading() {
  return (
    <>
      <PageHeader title="Workflows" description="Every workflow tenants have built, with its project and status." />
      <DataTableSkeleton columns={6} />
    </>
  );
}
