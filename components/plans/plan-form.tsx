"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createPlanAction, updatePlanAction } from "@/app/(console)/plans/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toaster";
import { CURRENCIES } from "@/lib/billing/currencies";
import { slugify } from "@/lib/format/slugify";
import type { PlanView } from "@/lib/plans/plan-view";
import { limitPeriodOf, USAGE_METRIC_LABELS, USAGE_METRICS } from "@/lib/usage/usage-metrics";
import { describePlan, isPlanView } from "./plan-summary";
import { SelectField, TextAreaField } from "./plan-form-fields";

export type PlanFormPlan = Pick<
  PlanView,
  "id" | "name" | "slug" | "description" | "priceMonthly" | "priceYearly" | "currency" | "features" | "limits" | "sortOrder" | "updatedAt"
>;

function inputOf(form: FormData) {
  const text = (key: string) => String(form.get(key) ?? "");
  return {
    name: text("name"),
    slug: text("slug"),
    description: text("description"),
    priceMonthly: text("priceMonthly"),
    priceYearly: text("priceYearly"),
    currency: text("currency"),
    features: text("features").split("\n"),
    // An empty field means unlimited; the server turns "" into null.
    limits: Object.fromEntries(USAGE_METRICS.map((metric) => [metric, text(`limits.${metric}`)])),
    sortOrder: text("sortOrder") || undefined,
  };
}

/** Creates a plan (no `plan`) or replaces one's fields and limits, refusing a stale save. */
export function PlanForm({ plan }: { plan?: PlanFormPlan }) {
  const router = useRouter();
  const toast = useToast();
  const create = useServerAction(createPlanAction);
  const update = useServerAction(updatePlanAction);
  const { pending, failure } = plan ? update : create;
  const errors = failure?.fieldErrors ?? {};
  const [name, setName] = useState(plan?.name ?? "");
  const [slug, setSlug] = useState(plan?.slug ?? "");
  const [slugEdited, setSlugEdited] = useState(Boolean(plan));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = inputOf(new FormData(event.currentTarget));
    if (!plan) {
      create.run(input, (created, message) => {
        toast({ tone: "success", text: message ?? "The plan was created." });
        router.push(`/plans/${created.id}`);
      });
      return;
    }
    // The updatedAt this form was drawn with: a save over someone else's newer one is refused.
    update.run({ ...input, planId: plan.id, expectedUpdatedAt: new Date(plan.updatedAt).toISOString() }, (_saved, message) =>
      toast({ tone: "success", text: message ?? "The plan was saved." }),
    );
  }

  const featureErrors = Object.entries(errors).filter(([key]) => key === "features" || key.startsWith("features.")).flatMap(([, list]) => list);

  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label={plan ? `Edit ${plan.name}` : "New plan"}>
      <FailurePanel
        failure={failure}
        describeCurrent={(current) => (isPlanView(current) ? <>Saved now: {describePlan(current)}. Your changes are still in the form.</> : null)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Name"
          name="name"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!slugEdited) setSlug(slugify(event.target.value));
          }}
          maxLength={100}
          required
          autoComplete="off"
          errors={errors.name}
        />
        <TextField
          label="Slug"
          name="slug"
          value={slug}
          onChange={(event) => {
            setSlug(event.target.value);
            setSlugEdited(true);
          }}
          maxLength={100}
          required
          autoComplete="off"
          hint="Lower-case letters, digits and hyphens; used in links such as /subscriptions?plan=pro."
          errors={errors.slug}
        />
      </div>
      <TextAreaField label="Description (optional)" name="description" rows={2} maxLength={2000} defaultValue={plan?.description ?? ""} errors={errors.description} />

      <fieldset>
        <legend className="text-[13px] font-semibold text-zinc-900">Prices</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-3">
          <TextField label="Per month" name="priceMonthly" inputMode="decimal" placeholder="49.00" defaultValue={plan?.priceMonthly ?? ""} required errors={errors.priceMonthly} />
          <TextField label="Per year" name="priceYearly" inputMode="decimal" placeholder="490.00" defaultValue={plan?.priceYearly ?? ""} required errors={errors.priceYearly} />
          <SelectField label="Currency" name="currency" options={CURRENCIES} defaultValue={plan?.currency ?? "USD"} errors={errors.currency} />
        </div>
      </fieldset>

      <fieldset>
        <legend className="text-[13px] font-semibold text-zinc-900">Limits</legend>
        <p className="mt-0.5 text-xs text-zinc-500">Leave a field empty for unlimited.</p>
        <div className="mt-2 grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {USAGE_METRICS.map((metric) => (
            <TextField
              key={metric}
              label={USAGE_METRIC_LABELS[metric]}
              name={`limits.${metric}`}
              inputMode="numeric"
              placeholder="Unlimited"
              hint={limitPeriodOf(metric)}
              defaultValue={plan?.limits[metric] ?? ""}
              errors={errors[`limits.${metric}`]}
            />
          ))}
        </div>
        {errors.limits ? <p className="mt-1 text-xs text-red-700">{errors.limits.join(" ")}</p> : null}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <TextAreaField
          label="Features"
          name="features"
          rows={5}
          hint="One per line, as customers see them; at most 30."
          defaultValue={plan?.features.join("\n") ?? ""}
          errors={featureErrors.length ? featureErrors : undefined}
        />
        <TextField label="Sort order" name="sortOrder" inputMode="numeric" hint="Lower numbers come first." defaultValue={String(plan?.sortOrder ?? 0)} errors={errors.sortOrder} />
      </div>

      <div className="flex justify-end gap-2 border-t border-zinc-100 pt-4">
        {plan ? null : <ButtonLink href="/plans">Cancel</ButtonLink>}
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : plan ? "Save changes" : "Create plan"}
        </Button>
      </div>
    </form>
  );
}
