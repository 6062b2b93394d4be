import type { StaffRole } from "@/lib/auth/permissions";
import { SignOutButton } from "./sign-out-button";

const ROLE_LABELS: Record<StaffRole, string> = { admin: "Admin", support: "Support" };

/** Who is signed in, and the way out. Shown at the right of the console header. */
export function AccountSummary({ staff }: { staff: { name: string; email: string; role: StaffRole } }) {
  return (
    <div className="ml-auto flex min-w-0 items-center gap-3">
      <p className="hidden min-w-0 text-right leading-tight sm:block">
        <span className="block truncate text-[13px] font-medium text-zinc-900">{staff.name}</span>
        <span className="block truncate text-xs text-zinc-500">
          {staff.email} · {ROLE_LABELS[staff.role]}
        </span>
      </p>
      <SignOutButton />
    </div>
  );
}
