"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { countOf } from "@/lib/format/count-of";
import type { StaffRow } from "@/lib/staff/staff-row";
import { ActionNotice, type Notice } from "./action-notice";
import { CreateStaffDialog } from "./create-staff-dialog";
import { SecretPanel, type IssuedSecret } from "./secret-panel";
import { StaffTable } from "./staff-table";

type Props = { rows: StaffRow[]; currentStaffId: string; canManage: boolean };

/** The staff page's client half: the table, its dialogs, the confirmation line and the one-time secret. */
export function StaffManager({ rows, currentStaffId, canManage }: Props) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  const [creating, setCreating] = useState(false);
  const admins = rows.filter((row) => row.role === "admin" && row.status !== "disabled").length;

  return (
    <div className="space-y-4">
      <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
      {issued ? <SecretPanel issued={issued} onDone={() => setIssued(null)} /> : null}
      <Card>
        <CardHeader
          title={countOf(rows.length, "account")}
          description={`${countOf(admins, "active admin")}. The last active admin cannot be disabled or given another role.`}
          action={canManage ? <Button variant="primary" onClick={() => setCreating(true)}>Add staff member</Button> : null}
        />
        <StaffTable rows={rows} currentStaffId={currentStaffId} canManage={canManage} onNotice={setNotice} onSecret={setIssued} />
      </Card>
      {canManage ? (
        <CreateStaffDialog
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(result, message) => {
            setCreating(false);
            setNotice({ tone: "success", text: message ?? "Staff member added." });
            setIssued({ name: result.staff.name, email: result.staff.email, secret: result.secret });
          }}
        />
      ) : null}
    </div>
  );
}
