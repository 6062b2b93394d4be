import type { Metadata } from "next";
import { ApiKeysIcon } from "@/components/shell/nav-icons";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "API keys" };

export default function ApiKeysPage() {
  return (
    <>
      <PageHeader title="API keys" />
      <NotBuiltYet icon={ApiKeysIcon}>It will list tenants’ API keys by prefix, expiry and last use, and let admins revoke a key.</NotBuiltYet>
    </>
  );
}
