"use client";

import { useEffect, useRef, useState } from "react";
import { TOOLBAR_INPUT } from "./styles";

/** Free-text search: applies on Enter or after a pause in typing; "/" focuses it from anywhere. */
export function DataTableSearch({ value, placeholder, onSearch }: { value: string; placeholder: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(value);
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  useEffect(() => setText(value), [value]);

  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => latest.current(text.trim()), 400);
    return () => clearTimeout(timer);
  }, [text, value]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable=true]");
      if (event.key === "/" && !typing && !event.metaKey && !event.ctrlKey) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <input
      ref={inputRef}
      type="search"
      aria-label="Search"
      placeholder={placeholder}
      value={text}
      maxLength={200}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === "Enter") latest.current(text.trim());
      }}
      className={`${TOOLBAR_INPUT} w-full sm:w-64`}
    />
  );
}
