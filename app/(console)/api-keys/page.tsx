import type { Metadata } from "next";
import { ApiKeysIcon } from "@/components/shell/nav-icons";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const access = await checkPageAccess("api_keys.view");
  return (
    <>
      <PageHeader title="API keys" />
      {access.ok ? (
        <NotBuiltYet icon={ApiKeysIcon}>It will list tenants’ API keys by prefix, expiry and last use, and let admins revoke a key.</NotBuiltYet>
      ) : (
        <DatabaseProblemPanel problem={access.problem} />
      )}
    </>
  );
}
