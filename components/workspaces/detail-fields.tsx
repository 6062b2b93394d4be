import Link from "next/link";
import type { ReactNode } from "react";

/** A record's fields as a two-column description list, for the detail pages. */
export function DetailFields({ fields }: { fields: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 px-5 py-4 text-[13px] sm:grid-cols-[10rem_1fr]">
      {fields.map((field) => (
        <div key={field.label} className="contents">
          <dt className="text-zinc-500">{field.label}</dt>
          <dd className="min-w-0 text-zinc-900">{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A link to a related record, or a grey dash when there is none (e.g. deleted since). */
export function DetailLink({ href, children }: { href: string | null; children: ReactNode }) {
  if (!href || children === null || children === undefined) return <span className="text-zinc-400">—</span>;
  return (
    <Link href={href} className="font-medium text-indigo-700 hover:underline">
      {children}
    </Link>
  );
}
