import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";

// The (console) group holds every page that needs a signed-in staff member; the login page will
// live outside it, without the shell.
export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return <ConsoleShell>{children}</ConsoleShell>;
}
