"use client";

import type { FormEvent } from "react";
import { publishBlueprintAction, unpublishBlueprintAction } from "@/app/(console)/blueprints/actions";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import { BlueprintFailure, type BlueprintValues } from "./blueprint-failure";

type Props = { blueprint: BlueprintValues; open: boolean; onClose: () => void; onDone: (message: string | undefined) => void };

/** Confirms publishing (listing it in the marketplace) or unpublishing (taking it out). */
export function VisibilityDialog({ blueprint, open, onClose, onDone }: Props) {
  const publishing = !blueprint.isPublic;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={publishing ? `Publish ${blueprint.name}?` : `Unpublish ${blueprint.name}?`}
      description={
        publishing
          ? "Every tenant can find and install it in the public marketplace."
          : "It is no longer listed in the marketplace. Tenants that installed it keep it."
      }
    >
      <VisibilityForm blueprint={blueprint} publishing={publishing} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function VisibilityForm({ blueprint, publishing, onClose, onDone }: Omit<Props, "open"> & { publishing: boolean }) {
  const { pending, failure, run } = useServerAction(publishing ? publishBlueprintAction : unpublishBlueprintAction);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      { blueprintId: blueprint.id, expectedUpdatedAt: new Date(blueprint.updatedAt).toISOString(), reason: form.get("reason") ?? undefined },
      (_blueprint, message) => onDone(message),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <BlueprintFailure failure={failure} />
      <TextField label="Reason (optional)" name="reason" maxLength={500} autoFocus hint="Saved in the audit log." errors={failure?.fieldErrors?.reason} />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant={publishing ? "primary" : "danger"} disabled={pending}>
          {pending ? (publishing ? "Publishing…" : "Unpublishing…") : publishing ? "Publish" : "Unpublish"}
        </Button>
      </DialogActions>
    </form>
  );
}
