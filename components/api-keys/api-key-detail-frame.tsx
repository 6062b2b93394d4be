"use client";

import { useState, type ReactNode } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import type { ApiKeyRow } from "@/lib/api-keys/api-key-row";
import { ApiKeySecretPanel, type IssuedApiKey } from "./api-key-secret-panel";
import { RevokeApiKeyDialog } from "./revoke-api-key-dialog";
import { RotateApiKeyDialog } from "./rotate-api-key-dialog";

type Props = { apiKey: ApiKeyRow; canManage: boolean; description: ReactNode; children: ReactNode };

/** The key page's header and its actions; a rotated key's new secret shows here, once. */
export function ApiKeyDetailFrame({ apiKey, canManage, description, children }: Props) {
  const toast = useToast();
  const [open, setOpen] = useState<"revoke" | "rotate" | null>(null);
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  const close = () => setOpen(null);

  const actions = canManage ? (
    <>
      {apiKey.status === "active" ? <Button onClick={() => setOpen("rotate")}>Rotate</Button> : null}
      {apiKey.status !== "revoked" ? <Button variant="danger" onClick={() => setOpen("revoke")}>Revoke</Button> : null}
    </>
  ) : null;

  return (
    <>
      <PageHeader title={apiKey.name} description={description} actions={actions} />
      <div className="space-y-4">
        {issued ? <ApiKeySecretPanel issued={issued} onDone={() => setIssued(null)} /> : null}
        {children}
      </div>
      {canManage ? (
        <>
          <RevokeApiKeyDialog
            apiKey={apiKey}
            open={open === "revoke"}
            onClose={close}
            onDone={(message) => {
              close();
              toast({ tone: "success", text: message ?? "The key is revoked." });
            }}
          />
          <RotateApiKeyDialog
            apiKey={apiKey}
            open={open === "rotate"}
            onClose={close}
            onRotated={(result, message) => {
              close();
              toast({ tone: "success", text: message ?? "The key was rotated." });
              setIssued({
                id: result.key.id,
                keyPrefix: result.key.keyPrefix,
                name: result.key.name,
                tenantName: result.key.tenant.name,
                secret: result.secret,
                replaces: result.previous.keyPrefix,
              });
            }}
          />
        </>
      ) : null}
    </>
  );
}
