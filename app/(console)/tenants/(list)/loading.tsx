import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";

export default function Loading() {
  return (
    <>
      <PageHeader title="Tenants" description="Every organisation on Agent Factory, with its plan, revenue and people." />
      <DataTableSkeleton columns={7} />
    </>
  );
}
