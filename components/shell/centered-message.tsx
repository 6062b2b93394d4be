import type { ReactNode } from "react";
import { ProductMark } from "./product-mark";

/** A page-sized message: not found, or an error that took the whole page down. */
export function CenteredMessage({
  eyebrow,
  title,
  children,
  actions,
  withProductMark = false,
}: {
  eyebrow: string;
  title: string;
  children: ReactNode;
  actions: ReactNode;
  /** Outside the console shell nothing else says which product this is. */
  withProductMark?: boolean;
}) {
  return (
    <div className="flex min-h-[60vh] items-center justify-center px-6 py-16">
      <div className="flex max-w-md flex-col items-center text-center">
        {withProductMark ? <span className="mb-8"><ProductMark /></span> : null}
        <p className="text-xs font-semibold tracking-wide text-indigo-600 uppercase">{eyebrow}</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900">{title}</h1>
        <div className="mt-3 text-sm leading-6 text-zinc-600">{children}</div>
        <div className="mt-6 flex items-center justify-center gap-3">{actions}</div>
      </div>
    </div>
  );
}
