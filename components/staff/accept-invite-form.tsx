"use client";

import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { acceptInviteAction } from "@/app/(auth)/invite/[token]/actions";
import { Button } from "@/components/ui/button";
import { mismatchedPasswords, NewPasswordFields } from "@/components/auth/new-password-fields";
import { TextField } from "@/components/ui/form-field";
import { FormFailure } from "./form-failure";
import { UNREACHABLE, type ActionFailure } from "@/components/actions/use-server-action";

export function AcceptInviteForm({ token, name, email }: { token: string; name: string; email: string }) {
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const mismatch = mismatchedPasswords(form);
    if (mismatch) {
      setFailure(mismatch);
      return;
    }
    startTransition(async () => {
      const result = await acceptInviteAction({ token, name: form.get("name"), password: form.get("password") }).catch(() => UNREACHABLE);
      if (result.ok) setDone(result.message ?? "Your password is set.");
      else setFailure(result);
    });
  }

  if (done) {
    return (
      <div role="status" className="mt-4 space-y-3 text-[13px] text-zinc-700">
        <p>{done}</p>
        <Link href="/login" className="inline-flex h-8 items-center rounded-md bg-zinc-900 px-3 font-medium text-white hover:bg-zinc-800">
          Sign in as {email}
        </Link>
      </div>
    );
  }

  const errors = failure?.fieldErrors ?? {};
  return (
    <form onSubmit={submit} noValidate className="mt-5 space-y-4">
      <FormFailure failure={failure} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField label="Your name" name="name" defaultValue={name} autoComplete="name" errors={errors.name} />
      <NewPasswordFields errors={errors} />
      <Button type="submit" variant="primary" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Set password"}
      </Button>
    </form>
  );
}
