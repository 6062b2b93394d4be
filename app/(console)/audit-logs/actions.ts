"use server";

import { z } from "zod";
import { settleAction } from "@/lib/actions/settle-action";
import { findAuditTenants } from "@/lib/audit-logs/find-audit-tenants";
import { AUDIT_EVENT_ID, getAuditEventDetail } from "@/lib/audit-logs/get-audit-event";
import { MAX_QUERY_LENGTH } from "@/lib/audit-logs/query/query-types";
import { searchAsStaff } from "@/lib/audit-logs/run-staff-search";
import { withAuditSearchClient } from "@/lib/audit-logs/search-pool";
import { verifyAuditRange } from "@/lib/audit-logs/verify-audit-range";
import { ActionError, staffAction } from "@/lib/auth/staff-action";

// Thin on purpose: staffAction checks the session, the permission and the input; lib/audit-logs
// does the work. Search failures (syntax, too broad, busy) come back as data, for the page to show.

const isoSchema = z.iso.datetime({ offset: true, error: "Use an ISO date-time, such as 2026-11-28T14:00:00Z." });

const loadMoreSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH),
  cursor: z.string().min(1).max(200),
  now: isoSchema,
});

export const loadMoreAuditEventsAction = staffAction("audit.search", loadMoreSchema, async (input, { staff }) =>
  searchAsStaff({ staffId: staff.id, query: input.q, cursor: input.cursor, now: new Date(input.now) }),
);

const eventSchema = z.object({ id: z.string().regex(AUDIT_EVENT_ID, "An event id is a whole number.") });

export const getAuditEventAction = staffAction("audit.search", eventSchema, async (input) => {
  const detail = await withAuditSearchClient((client) => getAuditEventDetail(client, input.id));
  if (!detail) throw new ActionError(404, `No audit event has the id ${input.id}.`);
  return detail;
});

const tenantTextSchema = z.object({ text: z.string().max(100) });

export const findAuditTenantsAction = staffAction("audit.search", tenantTextSchema, async (input, { staff }) =>
  findAuditTenants({ actor: staff, text: input.text }),
);

const verifySchema = z.object({ from: isoSchema, to: isoSchema });

export const verifyAuditIntegrityAction = staffAction("audit.verify", verifySchema, async (input, { staff, request }) =>
  settleAction(
    () => verifyAuditRange({ actor: staff, request, from: new Date(input.from), to: new Date(input.to) }),
    (outcome) =>
      outcome.firstBroken
        ? `The chain is broken at row ${outcome.firstBroken.id}.`
        : `${outcome.checkedRows.toLocaleString("en-US")} rows checked: the chain is intact.`,
    [],
  ),
);
