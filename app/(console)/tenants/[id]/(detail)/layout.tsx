import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";
import { isDomainError } from "@/lib/domain/domain-error";
import { readDatabase } from "@/lib/errors/read-database";
import { assertTenantExists } from "@/lib/tenants/assert-tenant-exists";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

// Runs before the page's skeleton (loading.tsx) streams, so an id that names no tenant gets a real
// 404 status and [id]/not-found.tsx; the page itself then loads everything else behind the skeleton.
export default async function TenantLayout({ children, params }: Props) {
  const access = await checkPageAccess("tenants.view");
  if (!access.ok) return <><PageHeader title="Tenant" /><DatabaseProblemPanel problem={access.problem} /></>;
  const { id } = await params;
  const read = await readDatabase(async () => {
    try {
      await assertTenantExists({ actor: access.data, tenantId: id });
    } catch (error) {
      if (isDomainError(error) && error.code === "not_found") notFound();
      throw error;
    }
  });
  if (!read.ok) return <><PageHeader title="Tenant" /><DatabaseProblemPanel problem={read.problem} /></>;
  return children;
}
