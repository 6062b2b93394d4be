"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { changeOwnPasswordAction } from "@/app/(auth)/change-password/actions";
import { FormFailure } from "@/components/staff/form-failure";
import { UNREACHABLE, type ActionFailure } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { mismatchedPasswords, NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const mismatch = mismatchedPasswords(form);
    if (mismatch) {
      setFailure(mismatch);
      return;
    }
    startTransition(async () => {
      const result = await changeOwnPasswordAction({ password: form.get("password") }).catch(() => UNREACHABLE);
      if (result.ok) router.replace("/");
      else setFailure(result);
    });
  }

  const errors = failure?.fieldErrors ?? {};
  return (
    <form onSubmit={submit} noValidate className="mt-5 space-y-4">
      <FormFailure failure={failure} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields errors={errors} />
      <Button type="submit" variant="primary" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Set password and continue"}
      </Button>
    </form>
  );
}
