"use client";

import { useId, useState, type ReactNode } from "react";

/**
 * A table row whose details (SQL, logs, diff) open in a row of their own below it, which exists
 * only while open: one row per migration otherwise. The details are rendered on the server.
 */
export function ExpandableRow({
  label,
  cells,
  details,
  columns,
  initiallyOpen = false,
  tone = "",
}: {
  label: string;
  cells: ReactNode[];
  details: ReactNode;
  columns: number;
  initiallyOpen?: boolean;
  tone?: string;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const detailsId = useId();
  return (
    <>
      <tr className={`${tone} ${open ? "[&>td]:border-b-0" : ""}`} data-migration={label}>
        <td className="w-10 border-b border-zinc-100 py-2.5 pl-3 align-middle">
          <button
            type="button"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            className="flex size-6 items-center justify-center rounded text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900"
          >
            <span aria-hidden="true" className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>›</span>
            <span className="sr-only">{open ? `Hide details of ${label}` : `Show SQL and details of ${label}`}</span>
          </button>
        </td>
        {cells.map((cell, index) => (
          <td key={index} className="border-b border-zinc-100 px-5 py-2.5 align-middle text-zinc-700">
            {cell}
          </td>
        ))}
      </tr>
      {open ? (
        <tr id={detailsId} className={tone}>
          <td colSpan={columns + 1} className="border-b border-zinc-100 px-5 pt-1 pb-4 pl-13">
            {/* Zero width, full cell: long SQL lines scroll inside instead of widening the table. */}
            <div className="w-0 min-w-full">{details}</div>
          </td>
        </tr>
      ) : null}
    </>
  );
}
