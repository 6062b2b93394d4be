"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createTenantAction } from "@/app/(console)/tenants/actions";
import { useIdempotencyKey } from "@/components/actions/use-idempotency-key";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ChoiceField, TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toaster";
import { slugify } from "@/lib/format/slugify";
import { TenantFailure } from "./tenant-failure";

type Props = { open: boolean; onClose: () => void };

const STATUS_CHOICES = [
  { value: "trial" as const, label: "Trial", description: "Trying the product; no paid subscription yet." },
  { value: "active" as const, label: "Active", description: "A customer in good standing." },
];

/** A new tenant; the dialog's content mounts on each opening, so each opening has its own idempotency key. */
export function CreateTenantDialog({ open, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="New tenant" description="The tenant is created at once and written to the audit log.">
      <CreateTenantForm onClose={onClose} />
    </Dialog>
  );
}

function CreateTenantForm({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const toast = useToast();
  const idempotencyKey = useIdempotencyKey();
  const { pending, failure, run } = useServerAction(createTenantAction);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  // Until the slug is typed by hand, it follows the name.
  const [slugEdited, setSlugEdited] = useState(false);
  const [status, setStatus] = useState<"trial" | "active">("trial");
  const errors = failure?.fieldErrors ?? {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ name, slug, billingEmail: form.get("billingEmail"), status, idempotencyKey }, (tenant, message) => {
      toast({ tone: "success", text: message ?? `${tenant.name} was created.` });
      onClose();
      router.push(`/tenants/${tenant.id}`);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TenantFailure failure={failure} />
      <TextField
        label="Name"
        name="name"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          if (!slugEdited) setSlug(slugify(event.target.value));
        }}
        maxLength={200}
        autoFocus
        required
        errors={errors.name}
      />
      <TextField
        label="Slug"
        name="slug"
        value={slug}
        onChange={(event) => {
          setSlug(event.target.value);
          setSlugEdited(true);
        }}
        maxLength={100}
        hint="Lower-case letters, digits and hyphens; suggested from the name. Left empty, one is made from the name."
        errors={errors.slug}
      />
      <TextField label="Billing email (optional)" name="billingEmail" type="email" maxLength={320} autoComplete="off" errors={errors.billingEmail} />
      <ChoiceField legend="Status" name="status" choices={STATUS_CHOICES} value={status} onChange={setStatus} errors={errors.status} />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating…" : "Create tenant"}
        </Button>
      </DialogActions>
    </form>
  );
}
