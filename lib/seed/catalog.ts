// Static vocabularies for believable demo data. Nothing here is random; builders pick from it.

export const COMPANY_STEMS = [
  "Brightline", "Cobalt", "Evergreen", "Fathom", "Harbor", "Juniper", "Keystone", "Lumen",
  "Meridian", "Northstar", "Orchard", "Pinnacle", "Quarry", "Redwood", "Summit", "Tidewater",
  "Vantage", "Willow", "Zephyr", "Atlas", "Beacon", "Crescent", "Driftwood", "Ember", "Foxglove",
  "Granite", "Halcyon", "Ironbark", "Kestrel", "Larkspur", "Mosaic", "Nimbus", "Oakridge",
  "Parallax", "Quill", "Riverstone", "Sable", "Tandem", "Upland", "Verity", "Wavelength", "Yarrow",
] as const;

export const COMPANY_SECTORS = [
  "Analytics", "Logistics", "Health", "Labs", "Financial", "Robotics", "Media", "Energy", "Legal",
  "Retail", "Software", "Systems", "Biotech", "Insurance", "Foods", "Travel", "Security", "Learning",
] as const;

export const COMPANY_SUFFIXES = ["", "", "", "Inc.", "Ltd", "GmbH", "Group", "Co."] as const;

export const FIRST_NAMES = [
  "Amara", "Ben", "Chen", "Dana", "Elif", "Farah", "Gabriel", "Hana", "Ivan", "Jonas", "Keiko",
  "Lucas", "Maya", "Nikhil", "Olivia", "Priya", "Rafael", "Sofia", "Tomás", "Uma", "Victor",
  "Wei", "Yusuf", "Zoe", "Aisha", "Bruno", "Carmen", "Diego", "Emma", "Femi", "Grace", "Hiro",
  "Ines", "Jamal", "Kofi", "Lena", "Marco", "Nadia", "Oscar", "Paula", "Ravi", "Sara", "Theo",
] as const;

export const LAST_NAMES = [
  "Adeyemi", "Berg", "Castillo", "Dubois", "Eriksen", "Fischer", "García", "Hoffmann", "Ivanova",
  "Jensen", "Kim", "Lopez", "Müller", "Nakamura", "Okafor", "Patel", "Quinn", "Rossi", "Schmidt",
  "Tanaka", "Usman", "Valdez", "Weber", "Xu", "Yilmaz", "Zhang", "Novak", "Moreau", "Singh",
  "O'Brien", "Kowalski", "Haddad", "Silva", "Andersson", "Costa", "Murphy", "Sato", "Nguyen",
] as const;

/** Model name, and USD per 1,000 tokens (blended input/output) for execution costs. */
export const MODELS = [
  { model: "gpt-4o", costPer1k: 0.0075, weight: 24 },
  { model: "gpt-4o-mini", costPer1k: 0.00045, weight: 18 },
  { model: "gpt-4.1", costPer1k: 0.006, weight: 8 },
  { model: "o3-mini", costPer1k: 0.0033, weight: 5 },
  { model: "claude-sonnet-4", costPer1k: 0.009, weight: 20 },
  { model: "claude-3-5-haiku", costPer1k: 0.0024, weight: 9 },
  { model: "gemini-1.5-pro", costPer1k: 0.0045, weight: 7 },
  { model: "mistral-large", costPer1k: 0.004, weight: 5 },
  { model: "llama-3.1-70b", costPer1k: 0.0009, weight: 4 },
] as const;

export const AGENT_TEMPLATES = [
  { name: "Support Triage", purpose: "classify inbound support tickets by urgency and route them to the right queue" },
  { name: "Invoice Extractor", purpose: "extract vendor, line items, totals and due dates from PDF invoices" },
  { name: "Lead Qualifier", purpose: "score inbound leads against the ideal customer profile and draft a first reply" },
  { name: "Code Reviewer", purpose: "review pull requests for bugs, security issues and style problems" },
  { name: "Meeting Summarizer", purpose: "turn meeting transcripts into decisions, owners and follow-ups" },
  { name: "Contract Analyzer", purpose: "flag unusual clauses, renewal terms and liability caps in contracts" },
  { name: "Onboarding Assistant", purpose: "answer new-hire questions from the internal handbook" },
  { name: "SQL Copilot", purpose: "translate analysts' questions into SQL against the warehouse schema" },
  { name: "Churn Predictor", purpose: "explain churn risk signals for accounts up for renewal" },
  { name: "Knowledge Base Q&A", purpose: "answer customer questions with citations from the help center" },
  { name: "Release Notes Writer", purpose: "draft release notes from merged pull requests" },
  { name: "Expense Auditor", purpose: "check expense reports against the travel policy" },
  { name: "Product Tagger", purpose: "assign catalog categories and attributes to new products" },
  { name: "Incident Scribe", purpose: "keep a timeline and draft the post-mortem during incidents" },
] as const;

export const PROJECT_NAMES = [
  "Customer Support", "Finance Automation", "Sales Ops", "Internal Tools", "Data Platform",
  "Marketing", "Engineering Productivity", "Compliance", "Onboarding", "Research",
] as const;

export const WORKFLOW_NAMES = [
  "Nightly invoice batch", "Ticket escalation", "Lead enrichment pipeline", "Weekly churn report",
  "PR review on open", "Contract intake", "Knowledge base refresh", "Incident response",
  "Product feed sync", "Month-end close checklist",
] as const;

export const EXECUTION_ERRORS = [
  "Model provider returned 429 Too Many Requests: rate limit exceeded for this organization.",
  "Tool 'crm.lookup_account' failed: connection reset by peer.",
  "Output did not match the JSON schema: missing required property 'total_amount'.",
  "Context length exceeded: the prompt used 131,412 tokens, the model allows 128,000.",
  "Model provider returned 503 Service Unavailable.",
  "Tool 'http.get' failed: certificate has expired for api.partner.example.",
  "Workflow step 'approve' referenced a deleted agent.",
  "Input validation failed: 'document_url' must be an https URL.",
] as const;

export const API_KEY_NAMES = [
  "Production backend", "CI pipeline", "Zapier integration", "Staging", "Data warehouse sync",
  "Mobile app", "Slack bot", "Local development", "Reporting dashboard", "Partner webhook",
] as const;

export const API_SCOPES = [
  "agents:read", "agents:write", "executions:read", "executions:write", "workflows:read",
  "workflows:write", "usage:read", "blueprints:read",
] as const;

export const REVOCATION_REASONS = [
  "Rotated as part of the quarterly key rotation.",
  "Key was committed to a public repository.",
  "Owner left the company.",
  "Integration no longer used.",
  "Suspicious traffic from an unknown network.",
] as const;

export const SUSPENSION_REASONS = [
  "Payment failed three times; account suspended until the invoice is paid.",
  "Terms of service violation: automated scraping of third-party sites.",
  "Chargeback dispute opened by the card holder.",
  "Abuse report: agent used to send unsolicited bulk email.",
] as const;

export const CANCELLATION_REASONS = [
  "Switched to an in-house solution.",
  "Too expensive for our current usage.",
  "Project ended.",
  "Missing SSO on the Starter plan.",
  "Company was acquired.",
  "Downgraded to the Free plan.",
] as const;

export const BLUEPRINT_CATEGORIES = [
  "customer-support", "sales", "finance", "engineering", "marketing", "hr", "legal", "data",
] as const;

export const BROWSER_USER_AGENTS = [
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
] as const;

export const API_USER_AGENTS = [
  "agent-factory-python/1.8.2 (CPython 3.12.7)",
  "agent-factory-node/2.3.0 (Node.js 20.18.1)",
  "curl/8.5.0",
  "Zapier",
  "Go-http-client/2.0",
] as const;

export const SYSTEM_USER_AGENT = "agent-factory-scheduler/3.1.0";

/** Console staff as they appear in audit rows; the seed does not create console_staff rows. */
export const STAFF_ACTORS = [
  { id: "5f0c8a52-3c1e-4d2b-9a41-7e3b2d9c6f10", email: "maria.santos@agentfactory.io" },
  { id: "a1d4e7b0-8f2c-4e6a-b3d9-0c5f7a2e4b81", email: "james.oconnor@agentfactory.io" },
  { id: "c7e2b9f4-1a3d-4c8e-a6f0-3d9b5e1c7a22", email: "support-oncall@agentfactory.io" },
] as const;
