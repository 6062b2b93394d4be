import { FailurePanel } from "@/components/actions/failure-panel";
import type { ActionFailure } from "@/components/actions/use-server-action";
import type { BlueprintPricingModel } from "@/lib/blueprints/blueprint-list-spec";
import { formatBlueprintPrice, pricingModelLabel } from "./blueprint-bits";

export type BlueprintValues = {
  id: string;
  name: string;
  isPublic: boolean;
  pricingModel: BlueprintPricingModel;
  price: string;
  currency: string;
  updatedAt: Date | string;
};

export function isBlueprintValues(value: unknown): value is BlueprintValues {
  return typeof value === "object" && value !== null && "pricingModel" in value && "price" in value && "isPublic" in value && "updatedAt" in value;
}

/** The server's sentence; after someone else's save, also how the blueprint is sold and shown now. */
export function BlueprintFailure({ failure }: { failure: ActionFailure | null }) {
  return (
    <FailurePanel
      failure={failure}
      describeCurrent={(current) =>
        isBlueprintValues(current) ? (
          <p>
            Now: {pricingModelLabel(current.pricingModel)}, {formatBlueprintPrice(current)} ({current.currency.trim()}), {current.isPublic ? "public" : "private"}.
          </p>
        ) : null
      }
    />
  );
}
