import { humanize } from "@/lib/data-table/list-spec";
import { Badge, type BadgeTone } from "./badge";

// One colour per meaning across every list: green works, amber needs attention, red is stopped,
// indigo is in progress or on trial, grey is over.
const TONES: Record<string, BadgeTone> = {
  active: "success",
  completed: "success",
  public: "success",
  trial: "info",
  trialing: "info",
  running: "info",
  past_due: "warning",
  incomplete: "warning",
  paused: "warning",
  timeout: "warning",
  suspended: "danger",
  revoked: "danger",
  failed: "danger",
  unpaid: "danger",
  disabled: "danger",
};

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return <Badge tone={TONES[status] ?? "neutral"}>{label ?? humanize(status)}</Badge>;
}
