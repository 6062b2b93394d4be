import type { Metadata } from "next";
import { AuditLogsIcon } from "@/components/shell/nav-icons";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Audit logs" };

export default async function AuditLogsPage() {
  const access = await checkPageAccess("audit.search");
  return (
    <>
      <PageHeader title="Audit logs" />
      {access.ok ? (
        <NotBuiltYet icon={AuditLogsIcon}>It will let staff search the audit trail by tenant, actor, action and date, and export what they find.</NotBuiltYet>
      ) : (
        <DatabaseProblemPanel problem={access.problem} />
      )}
    </>
  );
}
