import type { Metadata } from "next";
import { AuditLogsIcon } from "@/components/shell/nav-icons";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Audit logs" };

export default function AuditLogsPage() {
  return (
    <>
      <PageHeader title="Audit logs" />
      <NotBuiltYet icon={AuditLogsIcon}>It will let staff search the audit trail by tenant, actor, action and date, and export what they find.</NotBuiltYet>
    </>
  );
}
