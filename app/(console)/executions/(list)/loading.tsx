import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";

export default function Loading() {
  return (
    <>
      <PageHeader title="Executions" description="Every agent and workflow run across tenants: what ran, how it ended, how long it took and what it cost." />
      <DataTableSkeleton columns={10} />
    </>
  );
}
