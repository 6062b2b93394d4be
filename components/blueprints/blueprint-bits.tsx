import { StatusBadge } from "@/components/ui/status-badge";
import { formatMoney } from "@/lib/format/format-money";
import { PRICING_MODEL_LABELS, type BlueprintPricingModel } from "@/lib/blueprints/blueprint-list-spec";

export function VisibilityBadge({ isPublic }: { isPublic: boolean }) {
  return <StatusBadge status={isPublic ? "public" : "private"} />;
}

/** "Free", "$19.99", "€9.00 per month" or "$0.05 per run", as the marketplace shows it. */
export function formatBlueprintPrice(blueprint: { pricingModel: BlueprintPricingModel; price: string; currency: string }): string {
  if (blueprint.pricingModel === "free") return "Free";
  const amount = formatMoney(blueprint.price, blueprint.currency);
  if (blueprint.pricingModel === "subscription") return `${amount} per month`;
  if (blueprint.pricingModel === "usage_based") return `${amount} per run`;
  return amount;
}

export function pricingModelLabel(model: BlueprintPricingModel): string {
  return PRICING_MODEL_LABELS[model];
}

/** "4.5 ★" with the exact rating on hover; a dash without reviews. */
export function Rating({ rating }: { rating: string | null }) {
  if (rating === null) return <span className="text-zinc-400">—</span>;
  return (
    <span className="whitespace-nowrap tabular-nums" title={`${rating} out of 5`}>
      {Number(rating).toFixed(1)} <span aria-hidden="true" className="text-amber-500">★</span>
    </span>
  );
}
