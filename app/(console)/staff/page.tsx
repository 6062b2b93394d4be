import type { Metadata } from "next";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { StaffManager } from "@/components/staff/staff-manager";
import { requireStaff } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { getRequestContext } from "@/lib/auth/request-context";
import { readDatabase } from "@/lib/errors/read-database";
import { listStaff } from "@/lib/staff/list-staff";

export const metadata: Metadata = { title: "Staff" };
export const dynamic = "force-dynamic";

export default async function StaffPage() {
  // The page guards itself: the layout or proxy.ts may redirect, but only this call decides.
  const staff = await requireStaff("staff.view");
  const request = await getRequestContext();
  const result = await readDatabase(() => listStaff({ actor: staff, request }));
  return (
    <>
      <PageHeader
        title="Staff"
        description="Who can sign in to this console. Admins can do everything; support reads everything and changes nothing."
      />
      {result.ok ? (
        <StaffManager rows={result.data.rows} currentStaffId={staff.id} canManage={can(staff.role, "staff.manage")} />
      ) : (
        <DatabaseProblemPanel problem={result.problem} />
      )}
    </>
  );
}
