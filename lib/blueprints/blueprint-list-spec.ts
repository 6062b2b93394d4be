import { defineListSpec, enumOptions } from "../data-table/list-spec";

// Plain data (no "server-only"): the page, the browser table and the pricing form read it.

export const BLUEPRINT_PRICING_MODELS = ["free", "one_time", "subscription", "usage_based"] as const;
export type BlueprintPricingModel = (typeof BLUEPRINT_PRICING_MODELS)[number];

export const PRICING_MODEL_LABELS: Record<BlueprintPricingModel, string> = {
  free: "Free",
  one_time: "One-time",
  subscription: "Subscription",
  usage_based: "Usage-based",
};

/** The currencies a blueprint may be priced in. */

export const BLUEPRINT_VISIBILITIES = ["public", "private"] as const;

export const blueprintListSpec = defineListSpec({
  id: "blueprints",
  title: "Blueprints",
  noun: { one: "blueprint", many: "blueprints" },
  columns: [
    { id: "name", label: "Name", hideable: false },
    { id: "publisher", label: "Publisher" },
    { id: "category", label: "Category" },
    { id: "pricingModel", label: "Pricing" },
    { id: "price", label: "Price" },
    { id: "visibility", label: "Visibility" },
    { id: "downloads", label: "Downloads" },
    { id: "rating", label: "Rating" },
    { id: "reviews", label: "Reviews" },
    { id: "createdAt", label: "Created" },
  ],
  defaultHidden: ["createdAt"],
  sorts: ["name", "publisher", "category", "pricingModel", "price", "visibility", "downloads", "rating", "reviews", "createdAt"],
  defaultSort: { id: "downloads", desc: true },
  facets: {
    // Categories are free text chosen by publishers, so the set is open: the data lists them.
    category: { label: "Category", pattern: "^[A-Za-z0-9][A-Za-z0-9 _&./-]{0,99}$" },
    pricing: { label: "Pricing model", options: enumOptions(BLUEPRINT_PRICING_MODELS, PRICING_MODEL_LABELS) },
    visibility: { label: "Visibility", options: enumOptions(BLUEPRINT_VISIBILITIES) },
  },
  ranges: {
    price: { label: "Price", kind: "number" },
    downloads: { label: "Downloads", kind: "number" },
  },
  search: { placeholder: "Search name, category, publisher" },
  pageSizes: [25, 50, 100],
  defaultPageSize: 25,
});
