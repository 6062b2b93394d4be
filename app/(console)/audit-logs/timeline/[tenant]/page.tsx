import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TenantTimelineList } from "@/components/audit-logs/tenant-timeline";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { listTenantTimeline, TIMELINE_DAYS, type TimelineDays } from "@/lib/audit-logs/timeline/list-tenant-timeline";
import { checkPageAccess } from "@/lib/auth/page-access";
import { readDatabase } from "@/lib/errors/read-database";

export const metadata: Metadata = { title: "Tenant timeline" };

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TenantTimelinePage({ params, searchParams }: Props) {
  const access = await checkPageAccess("audit.search");
  if (!access.ok) return <><PageHeader title="Tenant timeline" /><DatabaseProblemPanel problem={access.problem} /></>;
  const tenant = decodeURIComponent((await params).tenant);
  const requested = Number((await searchParams).days);
  const days: TimelineDays = (TIMELINE_DAYS as readonly number[]).includes(requested) ? (requested as TimelineDays) : 7;
  const read = await readDatabase(() => listTenantTimeline({ actor: access.data, tenant, days }));
  if (!read.ok) return <><PageHeader title="Tenant timeline" /><DatabaseProblemPanel problem={read.problem} /></>;
  const timeline = read.data;
  if (!timeline) notFound();
  return (
    <>
      <PageHeader
        title={`${timeline.tenant.name}: timeline`}
        description="Audit events, executions and days of unusual usage for this tenant, merged newest first."
        actions={
          <>
            <Link href={`/tenants/${timeline.tenant.id}`} className="text-[13px] font-medium text-indigo-700 hover:underline">Tenant page</Link>
            <Link href={`/audit-logs?q=${encodeURIComponent(`tenant:${timeline.tenant.slug}`)}`} className="text-[13px] font-medium text-indigo-700 hover:underline">Search its audit trail</Link>
          </>
        }
      />
      <nav aria-label="Period" className="mb-4 inline-flex rounded-md shadow-xs ring-1 ring-zinc-300 ring-inset">
        {TIMELINE_DAYS.map((option) => (
          <Link
            key={option}
            href={`/audit-logs/timeline/${encodeURIComponent(tenant)}?days=${option}`}
            aria-current={option === days ? "page" : undefined}
            className={`h-8 px-3 text-[13px] leading-8 first:rounded-l-md last:rounded-r-md ${option === days ? "bg-zinc-900 font-medium text-white" : "text-zinc-700 hover:bg-zinc-50"}`}
          >
            {option === 1 ? "24 hours" : `${option} days`}
          </Link>
        ))}
      </nav>
      <TenantTimelineList timeline={timeline} />
    </>
  );
}
