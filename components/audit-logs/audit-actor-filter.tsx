"use client";

import { useState } from "react";
import { CHIP, TOOLBAR_BUTTON } from "@/components/data-table/styles";
import { Popover } from "@/components/ui/popover";

/** The actor, by email (any case) or id; writes user:<value> into the query. */
export function AuditActorFilter({ user, onSet, onClear }: { user: string | null; onSet: (value: string) => void; onClear: () => void }) {
  return (
    <div className="flex items-center">
      <Popover
        label="Filter by actor"
        triggerClassName={`${TOOLBAR_BUTTON} ${user ? "border-solid" : ""}`}
        trigger={
          <>
            <span aria-hidden="true">+</span>Actor
            {user ? <span className={`${CHIP} ml-1 max-w-48 truncate`}>{user}</span> : null}
          </>
        }
      >
        {(close) => <ActorForm initial={user ?? ""} onSet={(value) => { onSet(value); close(); }} />}
      </Popover>
      {user ? (
        <button type="button" onClick={onClear} aria-label="Clear the actor" className="h-8 rounded-md px-2 text-[13px] text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900">
          ×
        </button>
      ) : null}
    </div>
  );
}

function ActorForm({ initial, onSet }: { initial: string; onSet: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form
      className="w-72 space-y-2 p-1"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onSet(value.trim());
      }}
    >
      <label className="block text-xs font-medium text-zinc-700">
        Email or user id
        <input
          autoFocus
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="ada@acme.test"
          className="mt-1 block h-8 w-full rounded-md px-2.5 text-[13px] ring-1 ring-zinc-300 focus:ring-2 focus:ring-indigo-500 focus:outline-hidden"
        />
      </label>
      <p className="text-xs text-zinc-500">An email matches in any letter case, and also rows that carry only that user&apos;s id.</p>
      <div className="flex justify-end">
        <button type="submit" disabled={!value.trim()} className="h-7 rounded-md bg-zinc-900 px-2.5 text-xs font-medium text-white disabled:opacity-50">Apply</button>
      </div>
    </form>
  );
}
