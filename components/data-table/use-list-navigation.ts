"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { serializeListParams, type ListParams } from "@/lib/data-table/list-params";
import type { ListSpec } from "@/lib/data-table/list-spec";

/**
 * Changes the list by changing the URL, so the server re-renders the page with the new params.
 * Any change but paging returns to page 1. While the server works, `pending` dims the table.
 * `scopeQuery` (e.g. `tenant=<id>`) is kept in front of every link.
 */
export function useListNavigation(spec: ListSpec, params: ListParams, scopeQuery = "") {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function hrefFor(patch: Partial<ListParams>): string {
    const next: ListParams = { ...params, ...patch, page: patch.page ?? 1 };
    const query = [scopeQuery, serializeListParams(spec, next).toString()].filter(Boolean).join("&");
    return query ? `${pathname}?${query}` : pathname;
  }

  function navigate(patch: Partial<ListParams>) {
    const href = hrefFor(patch);
    startTransition(() => router.push(href, { scroll: false }));
  }

  return { navigate, hrefFor, pending };
}
