"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { requestSignIn } from "@/lib/auth/auth-requests";
import { safeCallbackPath } from "@/lib/auth/safe-callback-url";

export function LoginForm({ callbackPath, initialError }: { callbackPath: string; initialError: string | null }) {
  const [error, setError] = useState(initialError);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    startTransition(async () => {
      const outcome = await requestSignIn({ email, password, callbackPath });
      if (!outcome.ok) {
        setError(outcome.error);
        return;
      }
      // A full load, so that every server component renders for the signed-in person.
      window.location.assign(safeCallbackPath(callbackPath));
    });
  }

  return (
    <form onSubmit={submit} className="mt-5 space-y-4">
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-800 ring-1 ring-red-200 ring-inset">
          {error}
        </p>
      ) : null}
      <TextField label="Email" name="email" type="email" autoComplete="username" required autoFocus maxLength={320} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" variant="primary" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
