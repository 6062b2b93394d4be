import type { Metadata } from "next";
import { PlansIcon } from "@/components/shell/nav-icons";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Plans" };

export default function PlansPage() {
  return (
    <>
      <PageHeader title="Plans" />
      <NotBuiltYet icon={PlansIcon}>It will list the plans with their prices and limits, and let admins create, edit and archive them.</NotBuiltYet>
    </>
  );
}
