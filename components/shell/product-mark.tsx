export function ProductMark() {
  return (
    <span className="flex size-7 shrink-0 items-center justify-center rounded-md bg-zinc-900 text-white shadow-sm">
      <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d="M12 3 4 7.5v9L12 21l8-4.5v-9L12 3Z" />
        <path d="M12 12 4 7.5M12 12l8-4.5M12 12v9" />
      </svg>
    </span>
  );
}
