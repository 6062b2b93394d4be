"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { previewSuspensionAction, suspendTenantAction } from "@/app/(console)/tenants/actions";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import { formatCount } from "@/lib/format/format-count";
import type { SuspensionPreview } from "@/lib/tenants/preview-suspension";
import { TenantFailure, type TenantValues } from "./tenant-failure";

type Props = { tenant: TenantValues; open: boolean; onClose: () => void; onDone: (message: string | undefined) => void };

const FIGURES = [
  ["activeUsers", "Active users"],
  ["activeApiKeys", "Active API keys"],
  ["activeAgents", "Active agents"],
  ["activeWorkflows", "Active workflows"],
  ["runningExecutions", "Running executions"],
  ["pendingExecutions", "Waiting executions"],
] as const;

export function SuspendTenantDialog({ tenant, open, onClose, onDone }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title={`Suspend ${tenant.name}?`} description="Nothing is deleted: a suspension can be lifted later with Reactivate.">
      <SuspendTenantForm tenant={tenant} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function SuspendTenantForm({ tenant, onClose, onDone }: Omit<Props, "open">) {
  const preview = useServerAction(previewSuspensionAction);
  const suspend = useServerAction(suspendTenantAction);
  const [impact, setImpact] = useState<SuspensionPreview | null>(null);
  const asked = useRef(false);

  // The impact is counted once, when the dialog opens, so the numbers are the ones the admin confirms.
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    preview.run({ tenantId: tenant.id }, (data) => setImpact(data));
  }, [preview, tenant.id]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    suspend.run(
      { tenantId: tenant.id, expectedUpdatedAt: new Date(tenant.updatedAt).toISOString(), reason: form.get("reason") },
      (_tenant, message) => onDone(message),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TenantFailure failure={suspend.failure ?? preview.failure} />
      <section aria-label="What this suspension affects" aria-busy={!impact} className="rounded-md bg-zinc-50 px-3 py-3 ring-1 ring-zinc-200 ring-inset">
        {impact ? (
          <>
            <dl className="grid grid-cols-3 gap-x-3 gap-y-2">
              {FIGURES.map(([key, label]) => (
                <div key={key}>
                  <dt className="text-[11px] text-zinc-500">{label}</dt>
                  <dd className={`text-base font-semibold tabular-nums ${impact[key] > 0 ? "text-zinc-900" : "text-zinc-400"}`}>{formatCount(impact[key])}</dd>
                </div>
              ))}
            </dl>
            <ul className="mt-3 list-disc space-y-1 border-t border-zinc-200 pt-3 pl-4 text-[13px] text-zinc-700">
              {impact.sentences.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </>
        ) : preview.failure ? (
          <p className="text-[13px] text-zinc-500">The impact could not be counted.</p>
        ) : (
          <p className="text-[13px] text-zinc-500">Counting what this suspension affects…</p>
        )}
      </section>
      <TextField
        label="Reason"
        name="reason"
        required
        maxLength={500}
        hint="Required. Saved on the tenant and in the audit log."
        errors={suspend.failure?.fieldErrors?.reason}
      />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="danger" disabled={suspend.pending || !impact}>
          {suspend.pending ? "Suspending…" : "Suspend tenant"}
        </Button>
      </DialogActions>
    </form>
  );
}
