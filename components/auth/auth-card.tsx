import type { ReactNode } from "react";
import { ProductMark } from "@/components/shell/product-mark";

/** The frame of the pages outside the console: sign-in, invites, choosing a password. */
export function AuthCard({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-zinc-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center gap-2.5">
          <ProductMark />
          <span className="text-[13px] font-semibold text-zinc-900">Agent Factory Console</span>
        </div>
        <section className="rounded-lg border border-zinc-200 bg-white p-6 shadow-xs">{children}</section>
      </div>
    </main>
  );
}
