import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import type { DatabaseRead } from "@/lib/errors/read-database";
import type { UsageRecordListRow } from "@/lib/usage/usage-record-list-source";
import { UsageRecordsTable } from "./usage-records-table";

/** Unwraps the records list the page started loading: the table, or the database's problem. */
export async function UsageRecordsSection({ page, scopeQuery }: { page: Promise<DatabaseRead<ListPageData<UsageRecordListRow>>>; scopeQuery: string }) {
  const read = await page;
  return read.ok ? <UsageRecordsTable data={read.data} scopeQuery={scopeQuery} /> : <DatabaseProblemPanel problem={read.problem} />;
}
