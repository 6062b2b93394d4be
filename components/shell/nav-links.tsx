"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { StaffRole } from "@/lib/auth/permissions";
import { isActivePath, navSectionsFor } from "./navigation";

const LINK = "flex items-center gap-2.5 rounded-md px-2 py-1.5 text-[13px]";
const ACTIVE = `${LINK} bg-white font-medium text-zinc-900 shadow-xs ring-1 ring-zinc-200`;
const INACTIVE = `${LINK} text-zinc-600 transition-colors hover:bg-zinc-200/60 hover:text-zinc-900`;

export function NavLinks({ className = "", role }: { className?: string; role?: StaffRole | null }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Primary" className={className}>
      {navSectionsFor(role).map((section, index) => (
        <div key={section.label ?? index} className={index > 0 ? "mt-6" : undefined}>
          {section.label ? (
            <p className="mb-1 px-2 text-[11px] font-medium tracking-wide text-zinc-500 uppercase">{section.label}</p>
          ) : null}
          <ul className="space-y-0.5">
            {section.items.map(({ href, label, icon: Icon }) => {
              const active = isActivePath(pathname, href);
              return (
                <li key={href}>
                  <Link href={href} aria-current={active ? "page" : undefined} className={active ? ACTIVE : INACTIVE}>
                    <Icon className={active ? "size-4 text-indigo-600" : "size-4 text-zinc-400"} />
                    {label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
