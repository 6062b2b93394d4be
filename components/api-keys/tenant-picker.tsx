"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { searchKeyTenantsAction } from "@/app/(console)/api-keys/actions";
import { UNREACHABLE } from "@/components/actions/use-server-action";
import { FieldErrors } from "@/components/ui/form-field";
import { humanize } from "@/lib/data-table/list-spec";
import type { KeyTenantOption } from "@/lib/api-keys/search-key-tenants";

export type PickedTenant = { id: string; name: string; slug: string };

/**
 * A searchable select of tenants (a combobox): typing asks the server for up to 20 matches by
 * name or slug. Suspended and cancelled tenants show, greyed, with the reason they cannot be picked.
 */
export function TenantPicker({ value, onChange, errors }: { value: PickedTenant | null; onChange: (tenant: PickedTenant | null) => void; errors?: string[] }) {
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<KeyTenantOption[] | null>(null);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(0);

  // Debounced; an older answer arriving after a newer one is dropped.
  useEffect(() => {
    if (!open) return;
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      const result = await searchKeyTenantsAction({ query }).catch(() => UNREACHABLE);
      if (request !== latest.current) return;
      if (result.ok) {
        setOptions(result.data);
        setProblem(null);
        setActive(Math.max(0, result.data.findIndex((option) => option.canIssueKeys)));
      } else {
        setOptions([]);
        setProblem(result.error);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [query, open]);

  function pick(option: KeyTenantOption) {
    if (!option.canIssueKeys) return;
    onChange({ id: option.id, name: option.name, slug: option.slug });
    setOpen(false);
    setQuery("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options?.length ?? 0;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      if (count > 0) setActive((index) => (index + 1) % count);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (count > 0) setActive((index) => (index - 1 + count) % count);
    } else if (event.key === "Enter") {
      // Enter picks a tenant; it never submits the form from here.
      event.preventDefault();
      const option = options?.[active];
      if (open && option) pick(option);
    } else if (event.key === "Escape" && open) {
      // Closes the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  if (value) {
    return (
      <div>
        <span id={`${id}-label`} className="block text-[13px] font-medium text-zinc-800">Tenant</span>
        <div aria-labelledby={`${id}-label`} className="mt-1 flex items-center justify-between gap-2 rounded-md px-2.5 py-1.5 text-[13px] ring-1 ring-zinc-300 ring-inset">
          <span className="min-w-0 truncate">
            <span className="font-medium text-zinc-900">{value.name}</span> <span className="font-mono text-xs text-zinc-500">{value.slug}</span>
          </span>
          <button
            type="button"
            onClick={() => {
              onChange(null);
              setOpen(true);
              requestAnimationFrame(() => inputRef.current?.focus());
            }}
            className="shrink-0 text-xs font-medium text-indigo-700 hover:underline"
          >
            Change<span className="sr-only"> tenant</span>
          </button>
        </div>
        <FieldErrors errors={errors} />
      </div>
    );
  }

  const activeOption = open ? options?.[active] : undefined;
  return (
    <div className="relative">
      <label htmlFor={id} className="block text-[13px] font-medium text-zinc-800">Tenant</label>
      <input
        id={id}
        ref={inputRef}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${id}-${activeOption.id}` : undefined}
        aria-invalid={errors?.length ? true : undefined}
        autoComplete="off"
        placeholder="Search by name or slug"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="mt-1 block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-[13px] text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-indigo-500 focus:outline-hidden aria-invalid:ring-red-400"
      />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Tenants"
          className="absolute z-10 mt-1 max-h-60 w-full overflow-y-auto rounded-md border border-zinc-200 bg-white p-1 shadow-lg"
        >
          {options === null ? <li className="px-2 py-1.5 text-[13px] text-zinc-500">Searching…</li> : null}
          {problem ? <li className="px-2 py-1.5 text-[13px] text-red-700">{problem}</li> : null}
          {options?.length === 0 && !problem ? <li className="px-2 py-1.5 text-[13px] text-zinc-500">No tenant matches “{query}”.</li> : null}
          {options?.map((option, index) => (
            <li
              key={option.id}
              id={`${id}-${option.id}`}
              role="option"
              aria-selected={index === active}
              aria-disabled={!option.canIssueKeys || undefined}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
              onMouseEnter={() => setActive(index)}
              className={`flex cursor-pointer items-baseline justify-between gap-3 rounded px-2 py-1.5 text-[13px] ${index === active ? "bg-indigo-50" : ""} ${option.canIssueKeys ? "text-zinc-900" : "cursor-not-allowed text-zinc-400"}`}
            >
              <span className="min-w-0 truncate">
                {option.name} <span className="font-mono text-xs text-zinc-500">{option.slug}</span>
              </span>
              {option.canIssueKeys ? null : <span className="shrink-0 text-xs">{humanize(option.status)}: no new keys</span>}
            </li>
          ))}
        </ul>
      ) : null}
      <FieldErrors errors={errors} />
    </div>
  );
}
