"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { serializeListParams, type ListParams } from "@/lib/data-table/list-params";
import type { ListSpec } from "@/lib/data-table/list-spec";

/**
 * Changes the list by changing the URL, so the server re-renders the page with the new params.
 * Any change but paging returns to page 1. While the server works, `pending` dims the table.
 */
export function useListNavigation(spec: ListSpec, params: ListParams) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function hrefFor(patch: Partial<ListParams>): string {
    const next: ListParams = { ...params, ...patch, page: patch.page ?? 1 };
    const query = serializeListParams(spec, next).toString();
    return query ? `${pathname}?${query}` : pathname;
  }

  function navigate(patch: Partial<ListParams>) {
    const href = hrefFor(patch);
    startTransition(() => router.push(href, { scroll: false }));
  }

  return { navigate, hrefFor, pending };
}
