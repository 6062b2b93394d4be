"use client";

import { useEffect, useState } from "react";
import { findAuditTenantsAction } from "@/app/(console)/audit-logs/actions";
import { CHIP, TOOLBAR_BUTTON } from "@/components/data-table/styles";
import { Popover } from "@/components/ui/popover";
import type { AuditTenantOption } from "@/lib/audit-logs/find-audit-tenants";

/** Picks one tenant by name or slug; writes tenant:<slug> into the query. */
export function AuditTenantPicker({ tenant, onPick, onClear }: { tenant: string | null; onPick: (slug: string) => void; onClear: () => void }) {
  return (
    <div className="flex items-center">
      <Popover
        label="Filter by tenant"
        triggerClassName={`${TOOLBAR_BUTTON} ${tenant ? "border-solid" : ""}`}
        trigger={
          <>
            <span aria-hidden="true">+</span>Tenant
            {tenant ? <span className={`${CHIP} ml-1 max-w-40 truncate`}>{tenant}</span> : null}
          </>
        }
      >
        {(close) => <TenantSearch onPick={(slug) => { onPick(slug); close(); }} />}
      </Popover>
      {tenant ? (
        <button type="button" onClick={onClear} aria-label="Clear the tenant" className="h-8 rounded-md px-2 text-[13px] text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900">
          ×
        </button>
      ) : null}
    </div>
  );
}

function TenantSearch({ onPick }: { onPick: (slug: string) => void }) {
  const [text, setText] = useState("");
  const [options, setOptions] = useState<AuditTenantOption[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // A short pause, so typing a name asks once rather than once per letter.
    const timer = setTimeout(() => {
      findAuditTenantsAction({ text }).then(
        (result) => {
          if (!current) return;
          if (result.ok) {
            setOptions(result.data);
            setProblem(null);
          } else setProblem(result.error);
        },
        () => current && setProblem("The console could not be reached. Check your connection and try again."),
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  return (
    <div className="w-72">
      <input
        type="search"
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Tenant name or slug"
        aria-label="Tenant name or slug"
        className="h-8 w-full rounded-md px-2.5 text-[13px] ring-1 ring-zinc-300 focus:ring-2 focus:ring-indigo-500 focus:outline-hidden"
      />
      {problem ? <p role="alert" className="mt-2 text-xs text-red-700">{problem}</p> : null}
      <ul className="mt-1 max-h-64 overflow-y-auto" aria-label="Tenants">
        {options === null ? <li className="px-2 py-1.5 text-xs text-zinc-500">Looking…</li> : null}
        {options?.length === 0 ? <li className="px-2 py-1.5 text-xs text-zinc-500">No tenant matches.</li> : null}
        {options?.map((option) => (
          <li key={option.id}>
            <button type="button" onClick={() => onPick(option.slug)} className="flex w-full flex-col rounded px-2 py-1.5 text-left hover:bg-zinc-50">
              <span className="text-[13px] text-zinc-900">{option.name}</span>
              <span className="font-mono text-xs text-zinc-500">{option.slug}{option.status !== "active" ? ` · ${option.status}` : ""}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
