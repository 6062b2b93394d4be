"use client";

import { usePathname } from "next/navigation";
import type { StaffRole } from "@/lib/auth/permissions";
import { NavLinks } from "./nav-links";

// Below the md breakpoint the sidebar is hidden; the same links open from the header instead.
export function MobileNav({ role }: { role?: StaffRole | null }) {
  const pathname = usePathname();
  return (
    // Keyed on the path so that the menu closes after each navigation.
    <details key={pathname} className="group relative md:hidden">
      <summary className="flex size-8 cursor-pointer list-none items-center justify-center rounded-md text-zinc-600 ring-1 ring-zinc-200 hover:bg-zinc-50 [&::-webkit-details-marker]:hidden">
        <span className="sr-only">Open navigation</span>
        <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" aria-hidden="true" focusable="false">
          <path d="M4 7h16M4 12h16M4 17h16" />
        </svg>
      </summary>
      <div className="absolute top-10 left-0 z-20 w-64 rounded-lg border border-zinc-200 bg-zinc-50 p-3 shadow-lg">
        <NavLinks role={role} />
      </div>
    </details>
  );
}
