"use client";

import { useId, type FormEvent } from "react";
import type { QuerySyntaxError } from "@/lib/audit-logs/query/query-types";

/**
 * The one search box. A query that cannot be read shows its sentence under the box, with the text
 * repeated and the faulty part underlined, as the user types; it is never sent.
 */
export function AuditQueryBox({
  value,
  error,
  pending,
  onChange,
  onSubmit,
}: {
  value: string;
  error: QuerySyntaxError | null;
  pending: boolean;
  onChange: (value: string) => void;
  onSubmit: () => void;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form role="search" onSubmit={submit} className="w-full">
      <label htmlFor={id} className="sr-only">Search audit events</label>
      <div className="relative">
        <span aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-zinc-400">⌕</span>
        <input
          id={id}
          type="search"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          spellCheck={false}
          autoComplete="off"
          placeholder='tenant:acme action:api_key.* "key revoked" after:-24h'
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : helpId}
          className="h-10 w-full rounded-md border-0 bg-white pr-24 pl-8 font-mono text-[13px] text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-indigo-500 focus:outline-hidden aria-invalid:ring-red-400"
        />
        <span className="absolute top-1/2 right-2 flex -translate-y-1/2 items-center gap-2">
          {pending ? <span role="status" className="text-xs text-zinc-500">Searching…</span> : null}
          <button type="submit" className="h-7 rounded px-2 text-xs font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900">Search</button>
        </span>
      </div>
      {error ? (
        <div id={errorId} role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-800 ring-1 ring-red-200 ring-inset">
          <p>{error.message}</p>
          <pre aria-hidden="true" className="mt-1 overflow-x-auto font-mono text-xs whitespace-pre text-red-900">
            {value.slice(0, error.position)}
            <span className="underline decoration-red-600 decoration-wavy underline-offset-4 bg-red-100">{value.slice(error.position, error.position + Math.max(error.length, 1)) || " "}</span>
            {value.slice(error.position + Math.max(error.length, 1))}
          </pre>
        </div>
      ) : (
        <p id={helpId} className="mt-1.5 text-xs text-zinc-500">
          Words, <code className="font-mono">field:value</code> terms (tenant, user, action, resource, ip, details.&lt;path&gt;, after, before), <code className="font-mono">&quot;phrases&quot;</code> and <code className="font-mono">-exclusions</code>.
        </p>
      )}
    </form>
  );
}
