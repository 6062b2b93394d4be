import type { Metadata } from "next";
import { PlansIcon } from "@/components/shell/nav-icons";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Plans" };

export default async function PlansPage() {
  const access = await checkPageAccess("billing.view");
  return (
    <>
      <PageHeader title="Plans" />
      {access.ok ? (
        <NotBuiltYet icon={PlansIcon}>It will list the plans with their prices and limits, and let admins create, edit and archive them.</NotBuiltYet>
      ) : (
        <DatabaseProblemPanel problem={access.problem} />
      )}
    </>
  );
}
