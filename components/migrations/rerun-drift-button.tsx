"use client";

import { startDriftCheckAction } from "@/app/(console)/migrations/actions";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";

/** Runs the drift check again, e.g. after row counts changed; the page then shows its progress. */
export function RerunDriftButton({ disabled }: { disabled: boolean }) {
  const toast = useToast();
  const { pending, run } = useServerAction(startDriftCheckAction);
  return (
    <Button
      size="sm"
      disabled={disabled || pending}
      onClick={() => run({ rerun: true }, () => undefined, (failure) => toast({ tone: "error", text: failure.error }))}
    >
      {pending ? "Starting…" : "Re-run check"}
    </Button>
  );
}
