import type { Metadata } from "next";
import { BlueprintsIcon } from "@/components/shell/nav-icons";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Blueprints" };

export default async function BlueprintsPage() {
  const access = await checkPageAccess("blueprints.view");
  return (
    <>
      <PageHeader title="Blueprints" />
      {access.ok ? (
        <NotBuiltYet icon={BlueprintsIcon}>It will list blueprints with their publisher, downloads and rating, and let admins moderate which ones are public.</NotBuiltYet>
      ) : (
        <DatabaseProblemPanel problem={access.problem} />
      )}
    </>
  );
}
