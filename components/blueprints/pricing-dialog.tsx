"use client";

import { useId, useState, type FormEvent } from "react";
import { updateBlueprintPricingAction } from "@/app/(console)/blueprints/actions";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ChoiceField, FieldErrors, TextField } from "@/components/ui/form-field";
import { CURRENCIES } from "@/lib/billing/currencies";
import { BLUEPRINT_PRICING_MODELS, PRICING_MODEL_LABELS, type BlueprintPricingModel } from "@/lib/blueprints/blueprint-list-spec";
import { BlueprintFailure, isBlueprintValues, type BlueprintValues } from "./blueprint-failure";

type Props = { blueprint: BlueprintValues; open: boolean; onClose: () => void; onDone: (message: string | undefined) => void };

const DESCRIPTIONS: Record<BlueprintPricingModel, string> = {
  free: "Anyone installs it at no cost.",
  one_time: "One payment when a tenant installs it.",
  subscription: "A monthly fee while a tenant keeps it.",
  usage_based: "A fee for each run.",
};

const CHOICES = BLUEPRINT_PRICING_MODELS.map((value) => ({ value, label: PRICING_MODEL_LABELS[value], description: DESCRIPTIONS[value] }));

export function PricingDialog({ blueprint, open, onClose, onDone }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title={`Edit pricing of ${blueprint.name}`} description="Applies to new installs. If someone else saves first, yours is refused and their values are shown.">
      <PricingForm blueprint={blueprint} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function PricingForm({ blueprint, onClose, onDone }: Omit<Props, "open">) {
  const { pending, failure, run } = useServerAction(updateBlueprintPricingAction);
  const [pricingModel, setPricingModel] = useState<BlueprintPricingModel>(blueprint.pricingModel);
  const [price, setPrice] = useState(blueprint.pricingModel === "free" ? "0.00" : blueprint.price);
  const [currency, setCurrency] = useState(blueprint.currency.trim());
  // See EditTenantForm: after a refused stale save, the version the admin has now been shown.
  const [expectedUpdatedAt, setExpectedUpdatedAt] = useState(() => new Date(blueprint.updatedAt).toISOString());
  const currencyId = useId();
  const errors = failure?.fieldErrors ?? {};
  const free = pricingModel === "free";

  function choose(model: BlueprintPricingModel) {
    setPricingModel(model);
    if (model === "free") setPrice("0.00");
    else if (Number(price) === 0) setPrice("");
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(
      { blueprintId: blueprint.id, expectedUpdatedAt, pricingModel, price, currency },
      (_blueprint, message) => onDone(message),
      (refused) => {
        if (refused.status === 409 && isBlueprintValues(refused.current)) setExpectedUpdatedAt(new Date(refused.current.updatedAt).toISOString());
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <BlueprintFailure failure={failure} />
      <ChoiceField legend="Pricing model" name="pricingModel" choices={CHOICES} value={pricingModel} onChange={choose} errors={errors.pricingModel} />
      <div className="grid grid-cols-[1fr_7rem] gap-3">
        <TextField
          label="Price"
          name="price"
          inputMode="decimal"
          value={price}
          onChange={(event) => setPrice(event.target.value)}
          disabled={free}
          hint={free ? "A free blueprint costs 0." : pricingModel === "subscription" ? "Per month." : pricingModel === "usage_based" ? "Per run." : "Paid once, on install."}
          errors={errors.price}
        />
        <div>
          <label htmlFor={currencyId} className="block text-[13px] font-medium text-zinc-800">Currency</label>
          <select
            id={currencyId}
            name="currency"
            value={currency}
            onChange={(event) => setCurrency(event.target.value)}
            aria-invalid={errors.currency ? true : undefined}
            className="mt-1 block w-full rounded-md border-0 bg-white px-2 py-1.5 text-[13px] text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-500 focus:outline-hidden"
          >
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>{code}</option>
            ))}
          </select>
          <FieldErrors errors={errors.currency} />
        </div>
      </div>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : failure?.status === 409 && failure.current ? "Save mine anyway" : "Save pricing"}
        </Button>
      </DialogActions>
    </form>
  );
}
