import type { Metadata } from "next";
import { TenantsIcon } from "@/components/shell/nav-icons";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Tenants" };

export default async function TenantsPage() {
  const access = await checkPageAccess("tenants.view");
  return (
    <>
      <PageHeader title="Tenants" />
      {access.ok ? (
        <NotBuiltYet icon={TenantsIcon}>It will list every tenant with search and status filters, and let admins suspend, reactivate or cancel one, each change written to the audit log.</NotBuiltYet>
      ) : (
        <DatabaseProblemPanel problem={access.problem} />
      )}
    </>
  );
}
