"use client";

import Link from "next/link";
import { createDataTableColumns } from "@/components/data-table/data-table-features";
import { ShortDate } from "@/components/ui/date-stack";
import type { BlueprintListRow } from "@/lib/blueprints/blueprint-list-source";
import { formatCount } from "@/lib/format/format-count";
import { formatMoney } from "@/lib/format/format-money";
import { pricingModelLabel, Rating, VisibilityBadge } from "./blueprint-bits";

const column = createDataTableColumns<BlueprintListRow>();

export const blueprintColumns = [
  column.accessor("name", {
    meta: { label: "Name" },
    cell: ({ row }) => (
      <Link href={`/blueprints/${row.original.id}`} className="block min-w-40 font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor((row) => row.publisher?.name ?? null, {
    id: "publisher",
    meta: { label: "Publisher", nowrap: true },
    cell: ({ row }) =>
      row.original.publisher ? (
        <Link href={`/tenants/${row.original.publisher.id}`} className="hover:text-indigo-700 hover:underline">
          {row.original.publisher.name}
        </Link>
      ) : (
        <span className="text-zinc-400">Unattributed</span>
      ),
  }),
  column.accessor("category", { meta: { label: "Category", nowrap: true }, cell: ({ getValue }) => <span className="text-zinc-600">{getValue()}</span> }),
  column.accessor("pricingModel", { meta: { label: "Pricing", nowrap: true }, cell: ({ getValue }) => pricingModelLabel(getValue()) }),
  column.accessor("price", {
    meta: { label: "Price", align: "right", nowrap: true },
    cell: ({ row }) => (row.original.pricingModel === "free" ? <span className="text-zinc-400">—</span> : formatMoney(row.original.price, row.original.currency)),
  }),
  column.accessor((row) => (row.isPublic ? "public" : "private"), {
    id: "visibility",
    meta: { label: "Visibility" },
    cell: ({ row }) => <VisibilityBadge isPublic={row.original.isPublic} />,
  }),
  column.accessor("downloads", { meta: { label: "Downloads", align: "right" }, cell: ({ getValue }) => formatCount(getValue()) }),
  column.accessor("rating", { meta: { label: "Rating", align: "right" }, cell: ({ getValue }) => <Rating rating={getValue()} /> }),
  column.accessor("reviewsCount", { id: "reviews", meta: { label: "Reviews", align: "right" }, cell: ({ getValue }) => formatCount(getValue()) }),
  column.accessor("createdAt", { meta: { label: "Created" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
];
