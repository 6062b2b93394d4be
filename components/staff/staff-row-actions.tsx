"use client";

import { useState } from "react";
import { enableStaffAction } from "@/app/(console)/staff/actions";
import { Button } from "@/components/ui/button";
import type { StaffRow } from "@/lib/staff/staff-row";
import type { Notice } from "./action-notice";
import { ChangeRoleDialog } from "./change-role-dialog";
import { DisableStaffDialog } from "./disable-staff-dialog";
import { ResetPasswordDialog } from "./reset-password-dialog";
import type { IssuedSecret } from "./secret-panel";
import { useServerAction } from "@/components/actions/use-server-action";

export type RowDialogProps = { row: StaffRow; open: boolean; onClose: () => void; onDone: (message: string | undefined) => void };

type Props = { row: StaffRow; isSelf: boolean; onNotice: (notice: Notice) => void; onSecret: (issued: IssuedSecret) => void };

function For({ name }: { name: string }) {
  return <span className="sr-only"> for {name}</span>;
}

export function StaffRowActions({ row, isSelf, onNotice, onSecret }: Props) {
  const [open, setOpen] = useState<"role" | "reset" | "disable" | null>(null);
  const enable = useServerAction(enableStaffAction);
  const close = () => setOpen(null);
  const done = (message: string | undefined) => {
    setOpen(null);
    onNotice({ tone: "success", text: message ?? "Saved." });
  };

  function enableAccount() {
    enable.run(
      { staffId: row.id, expectedUpdatedAt: row.updatedAt.toISOString() },
      (_data, message) => onNotice({ tone: "success", text: message ?? "Saved." }),
      (failure) => onNotice({ tone: "error", text: failure.error }),
    );
  }

  return (
    <div className="flex justify-end gap-1.5">
      <Button size="sm" onClick={() => setOpen("role")}>
        Change role<For name={row.name} />
      </Button>
      <Button size="sm" onClick={() => setOpen("reset")}>
        Reset password<For name={row.name} />
      </Button>
      {row.status === "disabled" ? (
        <Button size="sm" onClick={enableAccount} disabled={enable.pending}>
          {enable.pending ? "Enabling…" : "Enable"}
          <For name={row.name} />
        </Button>
      ) : isSelf ? null : (
        <Button size="sm" onClick={() => setOpen("disable")}>
          Disable<For name={row.name} />
        </Button>
      )}

      <ChangeRoleDialog row={row} isSelf={isSelf} open={open === "role"} onClose={close} onDone={done} />
      <ResetPasswordDialog
        row={row}
        open={open === "reset"}
        onClose={close}
        onReset={(result, message) => {
          setOpen(null);
          onNotice({ tone: "success", text: message ?? "Password reset." });
          onSecret({ name: result.staff.name, email: result.staff.email, secret: result.secret });
        }}
      />
      {isSelf ? null : <DisableStaffDialog row={row} open={open === "disable"} onClose={close} onDone={done} />}
    </div>
  );
}
