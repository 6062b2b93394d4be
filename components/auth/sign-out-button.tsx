"use client";

import { useState, useTransition } from "react";
import { requestSignOut } from "@/lib/auth/auth-requests";

export function SignOutButton() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function signOut() {
    startTransition(async () => {
      const outcome = await requestSignOut();
      if (outcome.ok) window.location.assign("/login");
      else setError(outcome.error);
    });
  }

  return (
    <button
      type="button"
      onClick={signOut}
      disabled={pending}
      title={error ?? undefined}
      className="inline-flex h-8 items-center rounded-md px-2.5 text-[13px] font-medium text-zinc-600 ring-1 ring-zinc-200 ring-inset hover:bg-zinc-50 hover:text-zinc-900 disabled:opacity-50"
    >
      {pending ? "Signing out…" : error ? "Sign out (try again)" : "Sign out"}
    </button>
  );
}
