import Link from "next/link";
import { USAGE_DAYS_OPTIONS, type UsageDays } from "@/lib/usage/usage-page-params";

/** 30 or 90 days, as links: the period lives in the URL with everything else on the page. */
export function UsagePeriodSwitch({ days, hrefFor }: { days: UsageDays; hrefFor: (days: UsageDays) => string }) {
  return (
    <nav aria-label="Period" className="inline-flex rounded-md bg-zinc-100 p-0.5 ring-1 ring-zinc-200 ring-inset">
      {USAGE_DAYS_OPTIONS.map((option) => {
        const current = option === days;
        return (
          <Link
            key={option}
            href={hrefFor(option)}
            scroll={false}
            aria-current={current ? "page" : undefined}
            className={`rounded px-3 py-1 text-[13px] font-medium whitespace-nowrap ${
              current ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-200" : "text-zinc-600 hover:text-zinc-900"
            }`}
          >
            Last {option} days
          </Link>
        );
      })}
    </nav>
  );
}
