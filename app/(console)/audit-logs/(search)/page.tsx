import type { Metadata } from "next";
import { AuditSearch } from "@/components/audit-logs/audit-search";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { startSearchPage } from "@/lib/audit-logs/run-staff-search";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Audit logs" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AuditLogsPage({ searchParams }: Props) {
  const access = await checkPageAccess("audit.search");
  const header = (
    <PageHeader
      title="Audit logs"
      description="Every change to Agent Factory, from the backend and the console, newest first. Search with words and field:value terms."
    />
  );
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const query = first((await searchParams).q) ?? "";
  // Relative times (after:-24h) count back from this moment for the page, its "load more" and its export.
  const now = new Date();
  const search = startSearchPage({ staffId: staff.id, query, now });
  return (
    <>
      {header}
      <AuditSearch
        query={query}
        now={now.toISOString()}
        {...search}
        canExport={can(staff.role, "audit.export")}
        canVerify={can(staff.role, "audit.verify")}
      />
    </>
  );
}
