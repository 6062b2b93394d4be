import Link from "next/link";
import type { ReactNode } from "react";

/** The "All …" link in a card's header, into the full list narrowed to this tenant. */
export function CardLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-[13px] font-medium whitespace-nowrap text-indigo-700 hover:underline">
      {children}
    </Link>
  );
}

export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="px-5 py-6 text-[13px] text-zinc-500">{children}</p>;
}

export function Muted({ children }: { children: ReactNode }) {
  return <span className="text-zinc-400">{children}</span>;
}
