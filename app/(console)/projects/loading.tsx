import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";

export default function Loading() {
  return (
    <>
      <PageHeader title="Projects" description="The projects tenants group their agents and workflows into." />
      <DataTableSkeleton columns={6} />
    </>
  );
}
