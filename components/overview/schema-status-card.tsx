import Link from "next/link";
import { MigrationSummaryBadge } from "@/components/migrations/migration-badges";
import { Card, CardHeader } from "@/components/ui/card";
import type { MigrationStatus } from "@/lib/migrations/status";

export function SchemaStatusCard({ status }: { status: MigrationStatus }) {
  return (
    <Card className="flex flex-col">
      <CardHeader title="Database schema" action={<MigrationSummaryBadge summary={status.summary} />} />
      <div className="flex flex-1 flex-col justify-between gap-4 px-5 py-4">
        <p className="text-[13px] text-zinc-700">{status.summary.sentence}</p>
        <Link href="/migrations" className="inline-flex items-center gap-1 text-[13px] font-medium text-indigo-600 hover:text-indigo-500">
          View migrations
          <span aria-hidden="true">→</span>
        </Link>
      </div>
    </Card>
  );
}
