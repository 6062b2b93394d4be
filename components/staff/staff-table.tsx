"use client";

import { Cell, HeaderCell, Table } from "@/components/ui/table";
import type { StaffRow } from "@/lib/staff/staff-row";
import type { Notice } from "./action-notice";
import type { IssuedSecret } from "./secret-panel";
import { RoleBadge, StatusBadge } from "./staff-badges";
import { StaffDate } from "./staff-date";
import { StaffRowActions } from "./staff-row-actions";

type Props = {
  rows: StaffRow[];
  currentStaffId: string;
  canManage: boolean;
  onNotice: (notice: Notice) => void;
  onSecret: (issued: IssuedSecret) => void;
};

export function StaffTable({ rows, currentStaffId, canManage, onNotice, onSecret }: Props) {
  return (
    <Table caption="Console staff accounts">
      <thead>
        <tr>
          <HeaderCell>Name</HeaderCell>
          <HeaderCell>Role</HeaderCell>
          <HeaderCell>Status</HeaderCell>
          <HeaderCell>Last sign-in</HeaderCell>
          <HeaderCell>Created</HeaderCell>
          {canManage ? <HeaderCell className="text-right"><span className="sr-only">Actions</span></HeaderCell> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const isSelf = row.id === currentStaffId;
          return (
            <tr key={row.id} className={row.status === "disabled" ? "text-zinc-500" : undefined}>
              <Cell>
                <div className="font-medium text-zinc-900">
                  {row.name}
                  {isSelf ? <span className="ml-1.5 text-xs font-normal text-zinc-500">(you)</span> : null}
                </div>
                <div className="text-xs text-zinc-500">{row.email}</div>
              </Cell>
              <Cell><RoleBadge role={row.role} /></Cell>
              <Cell>
                <StatusBadge row={row} />
                {row.status === "active" && row.mustChangePassword ? (
                  <div className="mt-0.5 text-xs text-zinc-500">Must change password</div>
                ) : null}
              </Cell>
              <Cell>{row.lastSignInAt ? <StaffDate value={row.lastSignInAt} /> : <span className="text-zinc-400">Never</span>}</Cell>
              <Cell>
                <StaffDate value={row.createdAt} detail={row.createdBy ? `by ${row.createdBy.name}` : "by the command line"} />
              </Cell>
              {canManage ? (
                <Cell className="text-right">
                  <StaffRowActions row={row} isSelf={isSelf} onNotice={onNotice} onSecret={onSecret} />
                </Cell>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
