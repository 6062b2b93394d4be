// Shared looks for the toolbar's controls, so every filter reads as one family.
export const TOOLBAR_BUTTON =
  "inline-flex h-8 items-center gap-1.5 rounded-md border border-dashed border-zinc-300 bg-white px-2.5 text-[13px] text-zinc-700 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500";

export const TOOLBAR_INPUT =
  "h-8 rounded-md border-0 bg-white px-2.5 text-[13px] text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-indigo-500 focus:outline-hidden";

export const CHIP = "rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-medium text-zinc-700";
