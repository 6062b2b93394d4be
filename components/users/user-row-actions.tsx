"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { UserListRow } from "@/lib/tenant-users/user-list-source";
import { UserStatusDialog, type UserStatusChange } from "./user-status-dialog";

/** Disable or Enable, for admins only: the page leaves this column out for support. */
export function UserRowActions({ row }: { row: UserListRow }) {
  const [open, setOpen] = useState<UserStatusChange | null>(null);
  const change: UserStatusChange = row.isActive ? "disable" : "enable";
  return (
    <div className="flex justify-end">
      <Button size="sm" onClick={() => setOpen(change)}>
        {change === "disable" ? "Disable" : "Enable"}
        <span className="sr-only"> {row.email}</span>
      </Button>
      {/* Mounted per opening, so each opening is a fresh form; it keeps the change it opened with,
          so a conflict stays on screen after the refreshed row has flipped. */}
      {open ? <UserStatusDialog row={row} change={open} open onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
