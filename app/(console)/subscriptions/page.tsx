import type { Metadata } from "next";
import { SubscriptionsIcon } from "@/components/shell/nav-icons";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Subscriptions" };

export default function SubscriptionsPage() {
  return (
    <>
      <PageHeader title="Subscriptions" />
      <NotBuiltYet icon={SubscriptionsIcon}>It will list subscriptions by status and renewal date, and let admins move a tenant to another plan or cancel at the end of the period.</NotBuiltYet>
    </>
  );
}
