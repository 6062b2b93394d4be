import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";

export default function Loading() {
  return (
    <>
      <PageHeader title="API keys" description="Tenants’ keys for the platform API: what each may do, who made it, and when it was last used." />
      <DataTableSkeleton columns={8} />
    </>
  );
}
