import type { ReactNode } from "react";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";
import { readDatabase } from "@/lib/errors/read-database";
import { readOrNotFound } from "@/lib/errors/read-or-not-found";
import { assertTenantExists } from "@/lib/tenants/assert-tenant-exists";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

// Runs before the page's skeleton (loading.tsx) streams, so an id that names no tenant gets a real
// 404 status and [id]/not-found.tsx; the page itself then loads everything else behind the skeleton.
export default async function TenantLayout({ children, params }: Props) {
  const access = await checkPageAccess("tenants.view");
  if (!access.ok) return <><PageHeader title="Tenant" /><DatabaseProblemPanel problem={access.problem} /></>;
  const { id } = await params;
  const read = await readDatabase(() => readOrNotFound(() => assertTenantExists({ actor: access.data, tenantId: id })));
  if (!read.ok) return <><PageHeader title="Tenant" /><DatabaseProblemPanel problem={read.problem} /></>;
  return children;
}
