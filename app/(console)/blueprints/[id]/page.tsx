import type { Metadata } from "next";
import Link from "next/link";
import { BlueprintActions } from "@/components/blueprints/blueprint-actions";
import { formatBlueprintPrice, pricingModelLabel, Rating, VisibilityBadge } from "@/components/blueprints/blueprint-bits";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { JsonText } from "@/components/ui/json-text";
import { DetailFields } from "@/components/workspaces/detail-fields";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { getBlueprint } from "@/lib/blueprints/get-blueprint";
import { readDatabase } from "@/lib/errors/read-database";
import { readOrNotFound } from "@/lib/errors/read-or-not-found";
import { countOf } from "@/lib/format/count-of";
import { formatCount } from "@/lib/format/format-count";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";

export const metadata: Metadata = { title: "Blueprint" };

type Props = { params: Promise<{ id: string }> };

export default async function BlueprintPage({ params }: Props) {
  const access = await checkPageAccess("blueprints.view");
  if (!access.ok) return <><PageHeader title="Blueprint" /><DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const { id } = await params;
  const read = await readDatabase(() => readOrNotFound(() => getBlueprint({ actor: staff, blueprintId: id })));
  if (!read.ok) return <><PageHeader title="Blueprint" /><DatabaseProblemPanel problem={read.problem} /></>;
  const blueprint = read.data;

  return (
    <>
      <PageHeader
        title={blueprint.name}
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <VisibilityBadge isPublic={blueprint.isPublic} />
            <span>{blueprint.category}</span>
            <span aria-hidden="true">·</span>
            <span>{formatBlueprintPrice(blueprint)}</span>
          </span>
        }
        actions={
          can(staff.role, "blueprints.manage") ? (
            <BlueprintActions
              blueprint={{
                id: blueprint.id, name: blueprint.name, isPublic: blueprint.isPublic, pricingModel: blueprint.pricingModel,
                price: blueprint.price, currency: blueprint.currency, updatedAt: blueprint.updatedAt,
              }}
            />
          ) : null
        }
      />

      <div className="space-y-6">
        <Card>
          <CardHeader title="Listing" description={blueprint.description ?? "No description."} />
          <DetailFields
            fields={[
              {
                label: "Publisher",
                value: blueprint.publisher ? (
                  <Link href={`/tenants/${blueprint.publisher.id}`} className="font-medium text-indigo-700 hover:underline">
                    {blueprint.publisher.name}
                  </Link>
                ) : (
                  <span className="text-zinc-400">Unattributed (the publisher was deleted)</span>
                ),
              },
              { label: "Created by", value: blueprint.creator ? `${blueprint.creator.name ?? blueprint.creator.email} (${blueprint.creator.email})` : <span className="text-zinc-400">Unknown</span> },
              { label: "Category", value: blueprint.category },
              { label: "Visibility", value: <VisibilityBadge isPublic={blueprint.isPublic} /> },
              { label: "Pricing model", value: pricingModelLabel(blueprint.pricingModel) },
              { label: "Price", value: `${formatBlueprintPrice(blueprint)}${blueprint.pricingModel === "free" ? "" : ` (${blueprint.currency.trim()})`}` },
              { label: "Downloads", value: formatCount(blueprint.downloads) },
              { label: "Rating", value: <span className="flex items-center gap-2"><Rating rating={blueprint.rating} /><span className="text-zinc-500">{countOf(blueprint.reviewsCount, "review")}</span></span> },
              { label: "Created", value: formatUtcDateTime(blueprint.createdAt) },
              { label: "Updated", value: formatUtcDateTime(blueprint.updatedAt) },
              { label: "ID", value: <span className="font-mono text-xs break-all">{blueprint.id}</span> },
            ]}
          />
        </Card>

        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader title="Definition" description="What the blueprint runs, as the publisher stored it." />
            <div className="px-5 py-4">
              <JsonText value={blueprint.definition} empty="No definition stored." />
            </div>
          </Card>
          <Card>
            <CardHeader title="Config" description="The inputs and settings a tenant fills in on install." />
            <div className="px-5 py-4">
              <JsonText value={blueprint.config} empty="No config stored." />
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
