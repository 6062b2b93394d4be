import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { blueprintListSource, type BlueprintListRow } from "./blueprint-list-source";

export async function listBlueprints(options: ReadOptions & { params: ListParams }): Promise<ListResult<BlueprintListRow>> {
  assertPermission(options.actor, "blueprints.view");
  return runListQuery(resolvePrisma(options), blueprintListSource, options.params);
}
