import type { Random } from "./random";
import type { BlueprintRow, TenantProfile } from "./demo-rows";
import { MODELS } from "./catalog";
import { addMs, DAY_MS } from "./time";

// Marketplace blueprints published by tenants: mostly public, some private; free and priced under
// each pricing model. Downloads follow a long tail; ratings exist only when there are reviews.

const BLUEPRINTS = [
  ["Zendesk Ticket Triage", "customer-support"], ["Refund Request Handler", "customer-support"],
  ["Help Center Answer Bot", "customer-support"], ["CSAT Survey Analyzer", "customer-support"],
  ["Inbound Lead Scorer", "sales"], ["Cold Email Personalizer", "sales"], ["CRM Hygiene Agent", "sales"],
  ["Call Notes to Salesforce", "sales"], ["Invoice Data Extraction", "finance"], ["Expense Policy Checker", "finance"],
  ["Month-End Reconciliation", "finance"], ["Pull Request Reviewer", "engineering"], ["Flaky Test Hunter", "engineering"],
  ["Incident Post-Mortem Writer", "engineering"], ["Dependency Upgrade Planner", "engineering"],
  ["SEO Brief Generator", "marketing"], ["Social Post Scheduler", "marketing"], ["Campaign Performance Digest", "marketing"],
  ["Resume Screener", "hr"], ["Onboarding Buddy", "hr"], ["Policy Q&A", "hr"], ["NDA Reviewer", "legal"],
  ["Contract Renewal Tracker", "legal"], ["GDPR Request Handler", "legal"], ["SQL Question Answering", "data"],
  ["Dashboard Narrator", "data"], ["Data Quality Monitor", "data"], ["CSV Cleaner", "data"],
  ["Meeting Minutes", "customer-support"], ["Churn Early Warning", "sales"], ["Vendor Risk Questionnaire", "legal"],
  ["Release Notes Drafter", "engineering"], ["Ad Copy Variants", "marketing"], ["Payroll Anomaly Check", "finance"],
  ["Interview Kit Builder", "hr"], ["Knowledge Graph Builder", "data"],
] as const;

type Pricing = BlueprintRow["pricing_model"];
const PRICE_RANGES: Record<Pricing, [number, number]> = { free: [0, 0], one_time: [19, 299], subscription: [9, 99], usage_based: [0.02, 0.5] };

function priceFor(random: Random, model: Pricing): string {
  const [min, max] = PRICE_RANGES[model];
  if (model === "free") return "0.00";
  const raw = random.float(min, max);
  // Shop prices end in .00 or .99; per-run prices are cents.
  return model === "usage_based" ? raw.toFixed(2) : (Math.floor(raw) + random.pick([0, 0.99])).toFixed(2);
}

export function buildBlueprints(random: Random, profiles: TenantProfile[], now: Date): BlueprintRow[] {
  const publishers = profiles.filter((p) => p.tenant.status === "active" && p.planSlug !== "free");
  const pool = publishers.length > 0 ? publishers : profiles;
  return BLUEPRINTS.map(([name, category], index) => {
    const publisher = random.pick(pool);
    const isPublic = index < 2 ? index === 0 : random.chance(0.75);
    const pricing: Pricing = index < 4 ? (["free", "one_time", "subscription", "usage_based"] as const)[index]! : random.weighted({ free: 50, one_time: 20, subscription: 20, usage_based: 10 });
    const downloads = isPublic ? Math.round(random.logNormal(pricing === "free" ? 900 : 180, 1.4)) : random.int(0, 40);
    const reviews = downloads === 0 ? 0 : Math.round(downloads * random.float(0, 0.04));
    const earliest = addMs(publisher.tenant.created_at, DAY_MS);
    const createdAt = addMs(earliest, random.float(0, 0.9) * (now.getTime() - earliest.getTime()));
    const model = random.pick(MODELS).model;
    return {
      id: random.uuid(), name, description: `${name}: a ready-made ${category.replace("-", " ")} agent you can install and adapt in minutes.`,
      category,
      definition: {
        version: 2, kind: random.chance(0.6) ? "agent" : "workflow", model,
        system_prompt: `You are ${name}. Follow the publisher's guidelines and return structured JSON.`,
        tools: random.sample(["http.get", "crm.lookup_account", "email.send", "sql.query", "docs.search", "slack.post"], random.int(1, 3)),
      },
      config: {
        inputs: [{ name: "source", type: "string", required: true }],
        settings: { temperature: random.pick([0, 0.2, 0.5]), max_tokens: random.pick([1024, 2048, 4096]) },
        ...(pricing === "usage_based" ? { billing_unit: "execution" } : {}),
        ...(pricing === "subscription" ? { billing_interval: "month" } : {}),
      },
      pricing_model: pricing, price: priceFor(random, pricing), currency: "USD", publisher_id: publisher.tenant.id,
      is_public: isPublic, downloads, rating: reviews > 0 ? Math.min(5, random.logNormal(4.3, 0.1)).toFixed(2) : null,
      reviews_count: reviews, created_by: publisher.users[0]?.id ?? null, created_at: createdAt,
      updated_at: addMs(createdAt, random.float(0, 1) * (now.getTime() - createdAt.getTime())),
    };
  });
}
