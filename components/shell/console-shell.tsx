import type { ReactNode } from "react";
import type { StaffSession } from "@/lib/auth/current-staff";
import { Toaster } from "@/components/ui/toaster";
import { ConsoleHeader } from "./console-header";
import { Sidebar } from "./sidebar";

/** `staff` is null only when the session could not be checked because the database is down. */
export function ConsoleShell({ staff, children }: { staff: StaffSession | null; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh">
      <Sidebar role={staff?.role} />
      <div className="flex min-w-0 flex-1 flex-col">
        <ConsoleHeader staff={staff} />
        <main className="w-full max-w-[90rem] flex-1 px-4 py-6 md:px-8 md:py-8">
          <Toaster>{children}</Toaster>
        </main>
      </div>
    </div>
  );
}
