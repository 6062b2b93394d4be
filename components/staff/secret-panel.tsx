"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import type { OneTimeSecret } from "@/lib/staff/issue-credential";

export type IssuedSecret = { name: string; email: string; secret: OneTimeSecret };

/** Shows a new password or invite link exactly once: after "Done" it exists nowhere in the console. */
export function SecretPanel({ issued, onDone }: { issued: IssuedSecret; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const { secret } = issued;
  const value = secret.kind === "invite" ? secret.url : secret.password;

  // Keyboard and screen-reader users land on the panel instead of hunting for it.
  useEffect(() => headingRef.current?.focus(), [issued]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      inputRef.current?.select();
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby="one-time-secret-title" className="rounded-lg border border-amber-200 bg-amber-50/60 p-5">
      <h2 id="one-time-secret-title" ref={headingRef} tabIndex={-1} className="text-sm font-semibold text-amber-950 focus:outline-none">
        {secret.kind === "invite" ? `Invite link for ${issued.name}` : `One-time password for ${issued.name}`}
      </h2>
      <p className="mt-1 text-[13px] text-amber-900">
        {secret.kind === "invite"
          ? `Send it to ${issued.email} through a channel you trust. It works once, until ${formatUtcDateTime(secret.expiresAt)}.`
          : `Send it to ${issued.email} through a channel you trust. They must choose a new password when they first sign in.`}{" "}
        This is the only time it is shown.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <label htmlFor="one-time-secret" className="sr-only">
          {secret.kind === "invite" ? "Invite link" : "One-time password"}
        </label>
        <input
          id="one-time-secret"
          ref={inputRef}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border-0 bg-white px-2.5 py-1.5 font-mono text-[13px] text-zinc-900 ring-1 ring-amber-300 ring-inset"
        />
        <Button variant="primary" onClick={copy}>
          {copied === "yes" ? "Copied" : "Copy"}
        </Button>
        <Button onClick={onDone}>Done</Button>
      </div>
      <p aria-live="polite" className="mt-2 text-xs text-amber-900">
        {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "The browser blocked copying. The text is selected: press Ctrl+C or ⌘C." : ""}
      </p>
    </section>
  );
}
