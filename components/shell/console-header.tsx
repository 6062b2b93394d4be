"use client";

import { usePathname } from "next/navigation";
import { AccountSummary } from "@/components/auth/account-summary";
import type { StaffSession } from "@/lib/auth/current-staff";
import { MobileNav } from "./mobile-nav";
import { findNavItem } from "./navigation";

export function ConsoleHeader({ staff }: { staff: StaffSession | null }) {
  const current = findNavItem(usePathname());
  return (
    <header className="sticky top-0 z-10 flex h-14 items-center gap-3 border-b border-zinc-200 bg-white/90 px-4 backdrop-blur md:px-8">
      <MobileNav role={staff?.role} />
      <p className="flex min-w-0 items-center gap-2 text-[13px]">
        <span className="truncate text-zinc-500">Agent Factory Console</span>
        {current ? (
          <>
            <svg viewBox="0 0 16 16" className="size-3.5 shrink-0 text-zinc-300" fill="none" stroke="currentColor" strokeWidth={1.5} aria-hidden="true" focusable="false">
              <path d="m6 3.5 4.5 4.5L6 12.5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span className="truncate font-medium text-zinc-900">{current.label}</span>
          </>
        ) : null}
      </p>
      {staff ? <AccountSummary staff={staff} /> : null}
    </header>
  );
}
