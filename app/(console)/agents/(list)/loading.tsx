import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";

export default function Loading() {
  return (
    <>
      <PageHeader title="Agents" description="Every agent tenants have built, with its model and status." />
      <DataTableSkeleton columns={7} />
    </>
  );
}
