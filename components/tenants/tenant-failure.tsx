import { FailurePanel } from "@/components/actions/failure-panel";
import type { ActionFailure } from "@/components/actions/use-server-action";

export type TenantValues = { id: string; name: string; slug: string; billingEmail: string | null; status: string; updatedAt: Date | string };

export function isTenantValues(value: unknown): value is TenantValues {
  return typeof value === "object" && value !== null && "name" in value && "slug" in value && "status" in value && "updatedAt" in value;
}

function describeTenant(tenant: TenantValues) {
  return (
    <p>
      Now: <strong className="font-semibold">{tenant.name}</strong>, slug <span className="font-mono text-xs">{tenant.slug}</span>,{" "}
      {tenant.billingEmail ? `billing email ${tenant.billingEmail}` : "no billing email"}, {tenant.status}.
    </p>
  );
}

/** The server's sentence; after someone else's save, also what the tenant (or tenants) look like now. */
export function TenantFailure({ failure }: { failure: ActionFailure | null }) {
  return (
    <FailurePanel
      failure={failure}
      describeCurrent={(current) => {
        if (isTenantValues(current)) return describeTenant(current);
        if (Array.isArray(current)) {
          const tenants = current.filter(isTenantValues);
          return tenants.length > 0 ? (
            <ul className="list-disc pl-4">
              {tenants.map((tenant) => (
                <li key={tenant.id}>
                  {tenant.name}: {tenant.status}
                </li>
              ))}
            </ul>
          ) : null;
        }
        return null;
      }}
    />
  );
}
