"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { ListSpec } from "@/lib/data-table/list-spec";

/** Says why there are no rows and what to do next; never a bare empty table. */
export function DataTableEmpty({
  spec,
  filtered,
  beyondLastPage,
  firstPageHref,
  onClearFilters,
  empty,
}: {
  spec: ListSpec;
  filtered: boolean;
  beyondLastPage: boolean;
  firstPageHref: string;
  onClearFilters: () => void;
  empty?: { title: string; description: ReactNode; action?: ReactNode };
}) {
  let title: string;
  let body: ReactNode;
  if (beyondLastPage) {
    title = "This page is past the end of the list";
    body = (
      <Link href={firstPageHref} className="font-medium text-indigo-700 hover:underline">
        Go to the first page
      </Link>
    );
  } else if (filtered) {
    title = `No ${spec.noun.many} match these filters`;
    body = (
      <button type="button" onClick={onClearFilters} className="font-medium text-indigo-700 hover:underline">
        Clear the search and filters
      </button>
    );
  } else {
    title = empty?.title ?? `No ${spec.noun.many} yet`;
    body = (
      <>
        {empty?.description}
        {empty?.action ? <div className="mt-3">{empty.action}</div> : null}
      </>
    );
  }
  return (
    <div className="px-5 py-12 text-center">
      <p className="text-sm font-medium text-zinc-900">{title}</p>
      <div className="mt-1 text-[13px] text-zinc-500">{body}</div>
    </div>
  );
}
