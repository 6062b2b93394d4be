import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";

export default function Loading() {
  return (
    <>
      <PageHeader title="Blueprints" description="The marketplace: every blueprint tenants publish, with its pricing, downloads and rating. Admins decide which ones are public." />
      <DataTableSkeleton columns={9} />
    </>
  );
}
