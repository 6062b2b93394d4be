import "server-only";
import { Prisma } from "../generated/prisma/client";
import { defineListSource, searchColumns } from "../data-table/list-source";
import { blueprintListSpec, type BlueprintPricingModel } from "./blueprint-list-spec";

// One row per blueprint with its publisher. Definition and config stay out: they can be large,
// and the list shows neither.

export type BlueprintListRow = {
  id: string;
  name: string;
  category: string;
  publisher: { id: string; name: string; slug: string } | null;
  pricingModel: BlueprintPricingModel;
  /** Decimal as a string, e.g. "19.99". */
  price: string;
  currency: string;
  isPublic: boolean;
  downloads: number;
  /** "4.50", or null without reviews. */
  rating: string | null;
  reviewsCount: number;
  createdAt: Date;
  updatedAt: Date;
};

const VISIBILITY = Prisma.sql`(CASE WHEN b.is_public THEN 'public' ELSE 'private' END)`;

export const blueprintListSource = defineListSource<BlueprintListRow, (typeof blueprintListSpec.sorts)[number]>({
  spec: blueprintListSpec,
  select: Prisma.sql`b.id::text AS id, b.name, b.category, b.pricing_model::text AS pricing_model, b.price::text AS price,
    b.currency, b.is_public, b.downloads, b.rating::text AS rating, b.reviews_count, b.created_at, b.updated_at,
    p.id::text AS publisher_id, p.name AS publisher_name, p.slug AS publisher_slug`,
  from: Prisma.sql`blueprints b LEFT JOIN tenants p ON p.id = b.publisher_id`,
  id: Prisma.sql`b.id`,
  sorts: {
    name: Prisma.sql`lower(b.name)`,
    publisher: Prisma.sql`lower(p.name)`,
    category: Prisma.sql`lower(b.category)`,
    pricingModel: Prisma.sql`b.pricing_model`,
    price: Prisma.sql`b.price`,
    visibility: Prisma.sql`b.is_public`,
    downloads: Prisma.sql`b.downloads`,
    rating: Prisma.sql`b.rating`,
    reviews: Prisma.sql`b.reviews_count`,
    createdAt: Prisma.sql`b.created_at`,
  },
  facets: {
    category: { sql: Prisma.sql`b.category` },
    pricing: { sql: Prisma.sql`b.pricing_model`, enumType: "pricing_model" },
    visibility: { sql: VISIBILITY },
  },
  ranges: { price: Prisma.sql`b.price`, downloads: Prisma.sql`b.downloads` },
  search: searchColumns([Prisma.sql`b.name`, Prisma.sql`b.category`, Prisma.sql`p.name`]),
  mapRow: (raw) => ({
    id: String(raw.id),
    name: String(raw.name),
    category: String(raw.category),
    publisher: raw.publisher_id ? { id: String(raw.publisher_id), name: String(raw.publisher_name), slug: String(raw.publisher_slug) } : null,
    pricingModel: String(raw.pricing_model) as BlueprintPricingModel,
    price: String(raw.price),
    currency: String(raw.currency).trim(),
    isPublic: Boolean(raw.is_public),
    downloads: Number(raw.downloads),
    rating: (raw.rating as string | null) ?? null,
    reviewsCount: Number(raw.reviews_count),
    createdAt: raw.created_at as Date,
    updatedAt: raw.updated_at as Date,
  }),
});
