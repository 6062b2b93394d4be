import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";

export default function Loading() {
  return (
    <>
      <PageHeader
        title="Audit logs"
        description="Every change to Agent Factory, from the backend and the console, newest first. Search with words and field:value terms."
      />
      <DataTableSkeleton columns={6} />
    </>
  );
}
