import type { ReactNode } from "react";
import type { IconProps } from "./nav-icons";

export function NotBuiltYet({ icon: Icon, children }: { icon: (props: IconProps) => ReactNode; children: ReactNode }) {
  return (
    <section className="flex flex-col items-center rounded-lg border border-dashed border-zinc-300 bg-zinc-50/50 px-6 py-16 text-center">
      <span className="flex size-10 items-center justify-center rounded-lg bg-white text-zinc-500 shadow-xs ring-1 ring-zinc-200">
        <Icon className="size-5" />
      </span>
      <h2 className="mt-4 text-sm font-semibold text-zinc-900">This page is not built yet</h2>
      <p className="mt-1.5 max-w-md text-sm text-zinc-500">{children}</p>
    </section>
  );
}
