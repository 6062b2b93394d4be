import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import { checkPageAccess } from "@/lib/auth/page-access";

// Every page in the (console) group needs a signed-in staff member. This check only draws the
// shell for them; each page checks its own permission again, because a layout is not a guard.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const access = await checkPageAccess("console.view");
  // A one-time password is only good for choosing a new one.
  if (access.ok && access.data.mustChangePassword) redirect("/change-password");
  return <ConsoleShell staff={access.ok ? access.data : null}>{children}</ConsoleShell>;
}
