import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ApiKeyRow } from "@/lib/api-keys/api-key-row";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import { CreatorName, ScopeChips } from "./api-key-bits";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-4 px-5 py-2.5">
      <dt className="text-zinc-500">{term}</dt>
      <dd className="min-w-0 text-zinc-900">{children}</dd>
    </div>
  );
}

const Muted = ({ children }: { children: ReactNode }) => <span className="text-zinc-400">{children}</span>;

/** Everything the console knows about a key, except its hash, which it never shows. */
export function ApiKeyFacts({ apiKey }: { apiKey: ApiKeyRow }) {
  return (
    <dl className="divide-y divide-zinc-100 text-[13px]">
      <Fact term="Prefix"><span className="font-mono text-xs">{apiKey.keyPrefix}</span><span className="ml-2 text-xs text-zinc-500">The rest of the secret is never stored.</span></Fact>
      <Fact term="Status"><StatusBadge status={apiKey.status} /></Fact>
      <Fact term="Tenant">
        <Link href={`/tenants/${apiKey.tenant.id}`} className="font-medium hover:text-indigo-700 hover:underline">{apiKey.tenant.name}</Link>{" "}
        <span className="font-mono text-xs text-zinc-500">{apiKey.tenant.slug}</span>
      </Fact>
      <Fact term="Scopes"><ScopeChips scopes={apiKey.scopes} /></Fact>
      <Fact term="Created">
        {formatUtcDateTime(apiKey.createdAt)} <span className="text-zinc-500">by</span> <CreatorName creator={apiKey.createdBy} inline />
      </Fact>
      <Fact term="Expires">{apiKey.expiresAt ? formatUtcDateTime(apiKey.expiresAt) : <Muted>Never: this key has no expiry date</Muted>}</Fact>
      <Fact term="Last used">
        {apiKey.lastUsedAt ? (
          <>
            {formatUtcDateTime(apiKey.lastUsedAt)}
            {apiKey.lastUsedIp ? <span className="text-zinc-500"> from <span className="font-mono text-xs">{apiKey.lastUsedIp}</span></span> : null}
          </>
        ) : (
          <Muted>Never</Muted>
        )}
      </Fact>
      {apiKey.revokedAt ? (
        <Fact term="Revoked">
          {formatUtcDateTime(apiKey.revokedAt)}
          {apiKey.revokedReason ? <span className="block text-zinc-600">Reason: {apiKey.revokedReason}</span> : <Muted> · no reason given</Muted>}
        </Fact>
      ) : null}
      <Fact term="Last changed">{formatUtcDateTime(apiKey.updatedAt)}</Fact>
    </dl>
  );
}
