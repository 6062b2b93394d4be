import { TenantPageSkeleton } from "@/components/tenants/tenant-page-skeleton";

export default function Loading() {
  return <TenantPageSkeleton />;
}
