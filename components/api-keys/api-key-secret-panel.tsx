"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

export type IssuedApiKey = { id: string; keyPrefix: string; name: string; tenantName: string; secret: string; replaces?: string };

/**
 * Shows a new key's secret exactly once. The console keeps only its hash, so once "I have stored
 * it" is pressed (or the page is left) nobody can show it again: the key would have to be rotated.
 */
export function ApiKeySecretPanel({ issued, onDone }: { issued: IssuedApiKey; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  // Keyboard and screen-reader users land on the panel instead of hunting for it.
  useEffect(() => headingRef.current?.focus(), [issued]);

  // Leaving the page would lose the secret for good: the browser asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(issued.secret);
      setCopied("yes");
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby="new-api-key-title" className="rounded-lg border border-amber-200 bg-amber-50/60 p-5">
      <h2 id="new-api-key-title" ref={headingRef} tabIndex={-1} className="text-sm font-semibold text-amber-950 focus:outline-none">
        Copy the new key for {issued.tenantName} now
      </h2>
      <p className="mt-1 text-[13px] text-amber-900">
        <strong className="font-semibold">It will not be shown again.</strong> The console stores only a hash of it, so nobody can look it up
        later. Put it in the tenant&rsquo;s secret store before you close this.
        {issued.replaces ? ` It replaces ${issued.replaces}.` : ""}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <label htmlFor="new-api-key-secret" className="sr-only">
          New API key
        </label>
        <input
          id="new-api-key-secret"
          ref={inputRef}
          readOnly
          value={issued.secret}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border-0 bg-white px-2.5 py-1.5 font-mono text-[13px] text-zinc-900 ring-1 ring-amber-300 ring-inset"
        />
        <Button variant="primary" onClick={copy}>
          {copied === "yes" ? "Copied" : "Copy"}
        </Button>
        <Button onClick={onDone}>I have stored it</Button>
      </div>
      <p className="mt-2 text-xs text-amber-900">
        <span aria-live="polite">
          {copied === "yes" ? "Copied to the clipboard. " : copied === "failed" ? "The browser blocked copying. The key is selected: press Ctrl+C or ⌘C. " : ""}
        </span>
        {/* No link: following it would leave this panel, and the secret with it. */}
        Key <span className="font-mono font-medium">{issued.keyPrefix}</span> &ldquo;{issued.name}&rdquo;.
      </p>
    </section>
  );
}
