import type { Metadata } from "next";
import { TenantsIcon } from "@/components/shell/nav-icons";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Tenants" };

export default function TenantsPage() {
  return (
    <>
      <PageHeader title="Tenants" />
      <NotBuiltYet icon={TenantsIcon}>It will list every tenant with search and status filters, and let admins suspend, reactivate or cancel one, each change written to the audit log.</NotBuiltYet>
    </>
  );
}
