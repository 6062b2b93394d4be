import { ROLE_LABELS } from "./staff-badges";
import type { ActionFailure } from "@/components/actions/use-server-action";
import type { StaffRow } from "@/lib/staff/staff-row";

const STATUS_LABELS: Record<StaffRow["status"], string> = { active: "active", disabled: "disabled", invited: "invited" };

function isStaffRow(value: unknown): value is StaffRow {
  return typeof value === "object" && value !== null && "name" in value && "role" in value && "status" in value;
}

/** The sentence from the server; on a conflict, also what the account looks like now. */
export function FormFailure({ failure }: { failure: ActionFailure | null }) {
  if (!failure) return null;
  const current = isStaffRow(failure.current) ? failure.current : null;
  return (
    <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-800 ring-1 ring-red-200 ring-inset">
      <p>{failure.error}</p>
      {current ? (
        <p className="mt-1 text-red-700">
          Now: {current.name} ({current.email}), {ROLE_LABELS[current.role]}, {STATUS_LABELS[current.status]}.
        </p>
      ) : null}
    </div>
  );
}
