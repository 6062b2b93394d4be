import Link from "next/link";
import type { StaffRole } from "@/lib/auth/permissions";
import { NavLinks } from "./nav-links";
import { ProductMark } from "./product-mark";

export function Sidebar({ role }: { role?: StaffRole | null }) {
  return (
    <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col border-r border-zinc-200 bg-zinc-50/80 md:flex">
      <Link href="/" className="flex h-14 shrink-0 items-center gap-2.5 px-5">
        <ProductMark />
        <span className="flex flex-col leading-tight">
          <span className="text-[13px] font-semibold text-zinc-900">Agent Factory</span>
          <span className="text-xs text-zinc-500">Console</span>
        </span>
      </Link>
      <NavLinks role={role} className="flex-1 overflow-y-auto px-3 pt-3 pb-6" />
    </aside>
  );
}
