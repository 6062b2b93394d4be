import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiKeyDetailFrame } from "@/components/api-keys/api-key-detail-frame";
import { ApiKeyEvents } from "@/components/api-keys/api-key-events";
import { ApiKeyFacts } from "@/components/api-keys/api-key-facts";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { getApiKey } from "@/lib/api-keys/get-api-key";
import { API_KEY_EVENT_LIMIT, listApiKeyEvents } from "@/lib/api-keys/list-api-key-events";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { isDomainError } from "@/lib/domain/domain-error";
import { readDatabase } from "@/lib/errors/read-database";

export const metadata: Metadata = { title: "API key" };

type Props = { params: Promise<{ id: string }> };

export default async function ApiKeyPage({ params }: Props) {
  // The permission first: someone who may not see keys learns nothing about which ids exist.
  const access = await checkPageAccess("api_keys.view");
  if (!access.ok) return <><PageHeader title="API key" /><DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const { id } = await params;

  const read = await readDatabase(async () => {
    try {
      return await Promise.all([getApiKey({ actor: staff, keyId: id }), listApiKeyEvents({ actor: staff, keyId: id })]);
    } catch (error) {
      // getApiKey answers not_found for an unknown or malformed id alike.
      if (isDomainError(error) && error.code === "not_found") return null;
      throw error;
    }
  });
  if (!read.ok) return <><PageHeader title="API key" /><DatabaseProblemPanel problem={read.problem} /></>;
  if (!read.data) notFound();
  const [apiKey, events] = read.data;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-[13px] text-zinc-500">
        <Link href="/api-keys" className="hover:text-zinc-900 hover:underline">API keys</Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/api-keys?tenant=${apiKey.tenant.id}`} className="hover:text-zinc-900 hover:underline">{apiKey.tenant.name}</Link>
      </nav>
      <ApiKeyDetailFrame
        apiKey={apiKey}
        canManage={can(staff.role, "api_keys.manage")}
        description={
          <>
            <span className="font-mono text-xs text-zinc-700">{apiKey.keyPrefix}</span> · a key of {apiKey.tenant.name}
          </>
        }
      >
        <Card>
          <CardHeader title="Key" />
          <ApiKeyFacts apiKey={apiKey} />
        </Card>
        <Card>
          <CardHeader
            title="Audit events"
            description={`The ${API_KEY_EVENT_LIMIT} latest changes to this key, newest first.`}
            action={
              <Link href={`/audit-logs?q=${encodeURIComponent(`resource:api_key/${apiKey.id}`)}`} className="text-[13px] font-medium text-indigo-700 hover:underline">
                All events in the audit log
              </Link>
            }
          />
          <ApiKeyEvents events={events} />
        </Card>
      </ApiKeyDetailFrame>
    </>
  );
}
