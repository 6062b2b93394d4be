import "server-only";
import { z } from "zod";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { notFound } from "../domain/domain-error";
import { apiKeyRowSelect, toApiKeyRow, type ApiKeyRow } from "./api-key-row";

/** One key with its tenant, creator and status; a malformed id from the URL is simply not found. */
export async function getApiKey(options: ReadOptions & { keyId: string }): Promise<ApiKeyRow> {
  assertPermission(options.actor, "api_keys.view");
  const now = options.now ?? new Date();
  if (!z.uuid().safeParse(options.keyId).success) throw notFound("This API key");
  const record = await resolvePrisma(options).apiKey.findUnique({ where: { id: options.keyId }, select: apiKeyRowSelect });
  if (!record) throw notFound("This API key");
  return toApiKeyRow(record, now);
}
