import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";

export default function Loading() {
  return (
    <>
      <PageHeader title="Users" description="The people who sign in to each tenant, with their role and whether their account is on." />
      <DataTableSkeleton columns={7} />
    </>
  );
}
