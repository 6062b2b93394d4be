import type { Metadata } from "next";
import { UsageIcon } from "@/components/shell/nav-icons";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Usage" };

export default function UsagePage() {
  return (
    <>
      <PageHeader title="Usage" />
      <NotBuiltYet icon={UsageIcon}>It will show each tenant’s executions, tokens and API calls for the billing month against the limits of its plan.</NotBuiltYet>
    </>
  );
}
