import type { Metadata } from "next";
import { SubscriptionsIcon } from "@/components/shell/nav-icons";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Subscriptions" };

export default async function SubscriptionsPage() {
  const access = await checkPageAccess("billing.view");
  return (
    <>
      <PageHeader title="Subscriptions" />
      {access.ok ? (
        <NotBuiltYet icon={SubscriptionsIcon}>It will list subscriptions by status and renewal date, and let admins move a tenant to another plan or cancel at the end of the period.</NotBuiltYet>
      ) : (
        <DatabaseProblemPanel problem={access.problem} />
      )}
    </>
  );
}
