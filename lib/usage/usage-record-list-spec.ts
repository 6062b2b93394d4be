import { defineListSpec, enumOptions } from "../data-table/list-spec";
import { USAGE_METRIC_LABELS, USAGE_METRICS } from "./usage-metrics";

// Only period start sorts: usage_records has millions of rows and only period_start has an index
// to read them in order. Other orders would sort every matching row for each page.
export const usageRecordListSpec = defineListSpec({
  id: "usage-records",
  title: "Usage records",
  noun: { one: "usage record", many: "usage records" },
  columns: [
    { id: "tenant", label: "Tenant", hideable: false },
    { id: "metric", label: "Metric" },
    { id: "quantity", label: "Quantity" },
    { id: "periodStart", label: "Period start" },
    { id: "periodEnd", label: "Period end" },
    { id: "recordedAt", label: "Recorded" },
  ],
  sorts: ["periodStart"],
  defaultSort: { id: "periodStart", desc: true },
  facets: {
    metric: { label: "Metric", options: enumOptions(USAGE_METRICS, USAGE_METRIC_LABELS) },
  },
  ranges: {
    period: { label: "Period start", kind: "date" },
    quantity: { label: "Quantity", kind: "number" },
  },
  search: { placeholder: "Search tenant name or slug" },
  pageSizes: [25, 50, 100],
  defaultPageSize: 25,
});
