import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { DateStack, ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { Cell, HeaderCell, Table } from "@/components/ui/table";
import { countOf } from "@/lib/format/count-of";
import { formatCount } from "@/lib/format/format-count";
import { formatDuration } from "@/lib/format/format-duration";
import { formatMoney } from "@/lib/format/format-money";
import type { TenantOverview } from "@/lib/tenants/get-tenant-overview";
import { CardLink, EmptyNote, Muted } from "./tenant-card-bits";

const SHOWN_EXECUTIONS = 10;
const SHOWN_KEYS = 8;
const SHOWN_EVENTS = 12;

export function TenantExecutionsCard({ executions, tenantId }: { executions: TenantOverview["executions"]; tenantId: string }) {
  return (
    <Card>
      <CardHeader title="Recent executions" description="The newest runs of this tenant's agents and workflows." action={<CardLink href={`/executions?tenant=${tenantId}`}>All executions</CardLink>} />
      {executions.length === 0 ? (
        <EmptyNote>No executions yet.</EmptyNote>
      ) : (
        <Table caption="Recent executions">
          <thead>
            <tr>
              <HeaderCell>Execution</HeaderCell>
              <HeaderCell>Agent or workflow</HeaderCell>
              <HeaderCell>Status</HeaderCell>
              <HeaderCell className="text-right">Duration</HeaderCell>
              <HeaderCell className="text-right">Tokens</HeaderCell>
              <HeaderCell className="text-right">Cost</HeaderCell>
              <HeaderCell>Created</HeaderCell>
            </tr>
          </thead>
          <tbody>
            {executions.slice(0, SHOWN_EXECUTIONS).map((execution) => (
              <tr key={execution.id}>
                <Cell>
                  <Link href={`/executions/${execution.id}`} title={execution.id} className="font-mono text-xs font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
                    {execution.id.slice(0, 8)}
                  </Link>
                </Cell>
                <Cell className="max-w-[14rem]">
                  <span className="block truncate">{execution.name ?? <Muted>Deleted {execution.type}</Muted>}</span>
                  <span className="block text-xs text-zinc-500">{execution.type === "agent" ? "Agent" : "Workflow"}</span>
                </Cell>
                <Cell><StatusBadge status={execution.status} /></Cell>
                <Cell className="text-right tabular-nums">{execution.durationMs === null ? <Muted>—</Muted> : formatDuration(execution.durationMs)}</Cell>
                <Cell className="text-right tabular-nums">{execution.tokensUsed === null ? <Muted>—</Muted> : formatCount(execution.tokensUsed)}</Cell>
                <Cell className="text-right whitespace-nowrap tabular-nums">{formatMoney(execution.cost, execution.currency, { precise: true })}</Cell>
                <Cell><DateStack value={execution.createdAt} /></Cell>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

export function TenantApiKeysCard({ apiKeys, tenantId, canManage }: { apiKeys: TenantOverview["apiKeys"]; tenantId: string; canManage: boolean }) {
  return (
    <Card>
      <CardHeader
        title="API keys"
        description={countOf(apiKeys.total, "key")}
        action={
          <span className="flex items-center gap-3">
            <CardLink href={`/api-keys?tenant=${tenantId}`}>All keys</CardLink>
            {canManage ? <ButtonLink href={`/api-keys?new=1&tenant=${tenantId}`}>New API key</ButtonLink> : null}
          </span>
        }
      />
      {apiKeys.keys.length === 0 ? (
        <EmptyNote>No API keys yet.</EmptyNote>
      ) : (
        <Table caption="API keys">
          <thead>
            <tr>
              <HeaderCell>Key</HeaderCell>
              <HeaderCell>Status</HeaderCell>
              <HeaderCell>Expires</HeaderCell>
              <HeaderCell>Last used</HeaderCell>
            </tr>
          </thead>
          <tbody>
            {apiKeys.keys.slice(0, SHOWN_KEYS).map((key) => (
              <tr key={key.id}>
                <Cell className="max-w-[14rem]">
                  <Link href={`/api-keys/${key.id}`} className="font-mono text-xs font-medium whitespace-nowrap text-zinc-900 hover:text-indigo-700 hover:underline">
                    {key.prefix}
                  </Link>
                  <span className="block truncate text-xs text-zinc-500">{key.name}</span>
                </Cell>
                <Cell><StatusBadge status={key.status} /></Cell>
                <Cell>{key.expiresAt ? <ShortDate value={key.expiresAt} /> : <Muted>Never</Muted>}</Cell>
                <Cell>{key.lastUsedAt ? <ShortDate value={key.lastUsedAt} /> : <Muted>Never</Muted>}</Cell>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

export function TenantAuditCard({ events, slug }: { events: TenantOverview["auditEvents"]; slug: string }) {
  const search = `/audit-logs?q=${encodeURIComponent(`tenant:${slug}`)}`;
  return (
    <Card>
      <CardHeader title="Recent audit events" description="What happened in and to this tenant, newest first." action={<CardLink href={search}>Search the audit log</CardLink>} />
      {events.length === 0 ? (
        <EmptyNote>No audit events yet.</EmptyNote>
      ) : (
        <ol aria-label="Recent audit events" className="divide-y divide-zinc-100">
          {events.slice(0, SHOWN_EVENTS).map((event) => (
            <li key={event.id} className="flex items-start justify-between gap-4 px-5 py-2.5 text-[13px]">
              <div className="min-w-0">
                <span className="font-mono text-xs font-medium text-zinc-900">{event.action}</span>
                <span className="block truncate text-xs text-zinc-500">
                  {event.actorEmail ?? event.actorType}
                  {event.resourceType ? ` · ${event.resourceType}` : ""}
                </span>
              </div>
              <div className="shrink-0 text-right text-xs">
                <DateStack value={event.createdAt} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {events.length > 0 ? (
        <div className="flex flex-wrap gap-x-6 gap-y-1 border-t border-zinc-100 px-5 py-2.5">
          <CardLink href={search}>All audit events of this tenant</CardLink>
          {/* Audit events, executions and usage spikes on one time line. */}
          <CardLink href={`/audit-logs/timeline/${encodeURIComponent(slug)}`}>Timeline</CardLink>
        </div>
      ) : null}
    </Card>
  );
}
