import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";

/** A detail page's 404 inside the console: what is missing, why it may be, and the way back to its list. */
export function RecordNotFound({ title, listHref, listLabel, children }: { title: string; listHref: string; listLabel: string; children?: ReactNode }) {
  return (
    <section className="rounded-lg border border-zinc-200 bg-white px-6 py-12 text-center shadow-xs">
      <p className="text-xs font-medium text-zinc-500">404</p>
      <h1 className="mt-1 text-base font-semibold text-zinc-900">{title}</h1>
      <p className="mx-auto mt-1 max-w-md text-sm text-zinc-500">{children ?? "It may have been deleted, or the link is wrong."}</p>
      <div className="mt-4">
        <ButtonLink href={listHref}>{listLabel}</ButtonLink>
      </div>
    </section>
  );
}
