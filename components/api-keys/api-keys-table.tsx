"use client";

import { usePathname, useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { scopeQueryOf } from "@/components/data-table/tenant-scope-chip";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { apiKeyListSpec } from "@/lib/api-keys/api-key-list-spec";
import type { ApiKeyListRow } from "@/lib/api-keys/api-key-list-source";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import { ApiKeySecretPanel, type IssuedApiKey } from "./api-key-secret-panel";
import { apiKeyColumns } from "./api-key-table-columns";
import { BulkRevokeDialog } from "./bulk-revoke-dialog";
import { CreateApiKeyDialog } from "./create-api-key-dialog";
import type { PickedTenant } from "./tenant-picker";

type Props = {
  data: ListPageData<ApiKeyListRow>;
  canManage: boolean;
  /** The tenant the list is narrowed to (`?tenant=<id>`): kept in every link, and the create form's default. */
  scopeTenant: PickedTenant | null;
  /** `?new=1`: open the create form at once, e.g. from a tenant's page. */
  openCreate: boolean;
};

export function ApiKeysTable({ data, canManage, scopeTenant, openCreate }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const toast = useToast();
  const [creating, setCreating] = useState(openCreate && canManage);
  const [revoking, setRevoking] = useState(false);
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  // Keys whose secret this page has shown: a double submit's second answer (a replay) is about one of them.
  const shownKeyIds = useRef(new Set<string>());
  const scopeQuery = scopeQueryOf(scopeTenant?.id);

  function closeCreate() {
    setCreating(false);
    // Drop ?new=1, so a reload does not open the form again.
    const url = new URL(window.location.href);
    if (url.searchParams.has("new")) {
      url.searchParams.delete("new");
      router.replace(`${pathname}${url.search}`, { scroll: false });
    }
  }

  return (
    <div className="space-y-4">
      {issued ? <ApiKeySecretPanel issued={issued} onDone={() => setIssued(null)} /> : null}
      <DataTable
        spec={apiKeyListSpec}
        {...data}
        columns={apiKeyColumns(canManage)}
        getRowId={(row) => row.id}
        exportPath="/api-keys/export.csv"
        scopeQuery={scopeQuery}
        toolbarActions={canManage ? <Button variant="primary" onClick={() => setCreating(true)}>Create API key</Button> : null}
        bulkActions={
          canManage
            ? (selected, clearSelection) => (
                <>
                  <Button size="sm" variant="danger" onClick={() => setRevoking(true)}>
                    Revoke selected
                  </Button>
                  <BulkRevokeDialog
                    keys={selected}
                    open={revoking}
                    onClose={() => setRevoking(false)}
                    onDone={(message) => {
                      setRevoking(false);
                      clearSelection();
                      toast({ tone: "success", text: message ?? "The keys are revoked." });
                    }}
                  />
                </>
              )
            : undefined
        }
        empty={{
          title: scopeTenant ? `${scopeTenant.name} has no API keys yet` : "No API keys yet",
          description: "Keys appear here when a tenant creates one in the product, or when an admin creates one here.",
        }}
      />
      {canManage ? (
        <CreateApiKeyDialog
          open={creating}
          onClose={closeCreate}
          initialTenant={scopeTenant}
          onCreated={(result, message) => {
            closeCreate();
            if (result.replayed && shownKeyIds.current.has(result.key.id)) return;
            if (result.replayed) {
              toast({ tone: "error", text: message ?? "This key was already created; its secret cannot be shown again." });
              return;
            }
            shownKeyIds.current.add(result.key.id);
            toast({ tone: "success", text: message ?? "The key was created." });
            setIssued({ id: result.key.id, keyPrefix: result.key.keyPrefix, name: result.key.name, tenantName: result.key.tenant.name, secret: result.secret });
          }}
        />
      ) : null}
    </div>
  );
}
