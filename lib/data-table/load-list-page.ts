import "server-only";
import type { StaffSession } from "../auth/current-staff";
import { readDatabase, type DatabaseRead } from "../errors/read-database";
import { effectiveHidden, parseListParams, type ListParams, type SearchParamsInput } from "./list-params";
import type { ListSpec } from "./list-spec";
import type { ListResult } from "./run-list-query";
import { readHiddenColumns } from "./table-preferences";

export type ListPageData<Row> = { params: ListParams; problems: string[]; hidden: string[]; result: ListResult<Row> };

/**
 * What every list page does first: parse the URL once, run the list's query, and resolve which
 * columns show (URL, else the person's saved choice). A database failure comes back as a problem
 * the page shows, never as an empty list.
 */
export async function loadListPage<Row>(options: {
  spec: ListSpec;
  staff: StaffSession;
  searchParams: SearchParamsInput;
  load: (params: ListParams) => Promise<ListResult<Row>>;
}): Promise<DatabaseRead<ListPageData<Row>>> {
  const { params, problems } = parseListParams(options.spec, options.searchParams);
  return readDatabase(async () => {
    const [result, saved] = await Promise.all([options.load(params), readHiddenColumns({ actor: options.staff, tableId: options.spec.id })]);
    return { params, problems, hidden: effectiveHidden(options.spec, params, saved), result };
  });
}
