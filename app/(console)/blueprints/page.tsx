import type { Metadata } from "next";
import { BlueprintsIcon } from "@/components/shell/nav-icons";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Blueprints" };

export default function BlueprintsPage() {
  return (
    <>
      <PageHeader title="Blueprints" />
      <NotBuiltYet icon={BlueprintsIcon}>It will list blueprints with their publisher, downloads and rating, and let admins moderate which ones are public.</NotBuiltYet>
    </>
  );
}
