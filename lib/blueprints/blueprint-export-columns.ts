import "server-only";
import { csvNumber } from "../data-table/csv";
import type { ExportColumn } from "../data-table/stream-list-csv";
import type { BlueprintListRow } from "./blueprint-list-source";

export const blueprintExportColumns: ExportColumn<BlueprintListRow>[] = [
  { header: "id", value: (row) => row.id },
  { header: "name", value: (row) => row.name },
  { header: "category", value: (row) => row.category },
  { header: "publisher", value: (row) => row.publisher?.slug ?? null },
  { header: "pricing_model", value: (row) => row.pricingModel },
  { header: "price", value: (row) => csvNumber(row.price) },
  { header: "currency", value: (row) => row.currency },
  { header: "visibility", value: (row) => (row.isPublic ? "public" : "private") },
  { header: "downloads", value: (row) => row.downloads },
  { header: "rating", value: (row) => csvNumber(row.rating) },
  { header: "reviews", value: (row) => row.reviewsCount },
  { header: "created_at", value: (row) => row.createdAt },
];
