import type { Metadata } from "next";
import { UsageIcon } from "@/components/shell/nav-icons";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Usage" };

export default async function UsagePage() {
  const access = await checkPageAccess("billing.view");
  return (
    <>
      <PageHeader title="Usage" />
      {access.ok ? (
        <NotBuiltYet icon={UsageIcon}>It will show each tenant’s executions, tokens and API calls for the billing month against the limits of its plan.</NotBuiltYet>
      ) : (
        <DatabaseProblemPanel problem={access.problem} />
      )}
    </>
  );
}
