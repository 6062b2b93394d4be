import type { ReactNode } from "react";
import { ConsoleHeader } from "./console-header";
import { Sidebar } from "./sidebar";

export function ConsoleShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh">
      <Sidebar />
      <div className="flex min-w-0 flex-1 flex-col">
        <ConsoleHeader />
        <main className="w-full max-w-[90rem] flex-1 px-4 py-6 md:px-8 md:py-8">{children}</main>
      </div>
    </div>
  );
}
