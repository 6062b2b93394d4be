import type { Metadata } from "next";
import { BlueprintsTable } from "@/components/blueprints/blueprints-table";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";
import { blueprintListSpec } from "@/lib/blueprints/blueprint-list-spec";
import { listBlueprints } from "@/lib/blueprints/list-blueprints";
import { loadListPage } from "@/lib/data-table/load-list-page";

export const metadata: Metadata = { title: "Blueprints" };

const DESCRIPTION = "The marketplace: every blueprint tenants publish, with its pricing, downloads and rating. Admins decide which ones are public.";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BlueprintsPage({ searchParams }: Props) {
  const access = await checkPageAccess("blueprints.view");
  const header = <PageHeader title="Blueprints" description={DESCRIPTION} />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const page = await loadListPage({
    spec: blueprintListSpec,
    staff,
    searchParams: await searchParams,
    load: (params) => listBlueprints({ actor: staff, params }),
  });
  return (
    <>
      {header}
      {page.ok ? <BlueprintsTable data={page.data} /> : <DatabaseProblemPanel problem={page.problem} />}
    </>
  );
}
