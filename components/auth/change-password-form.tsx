"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { changeOwnPasswordAction } from "@/app/(auth)/change-password/actions";
import { FormFailure } from "@/components/staff/form-failure";
import type { ActionFailure } from "@/components/staff/use-staff-action";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "./new-password-fields";

const UNREACHABLE: ActionFailure = { ok: false, status: 500, error: "The console could not be reached. Check your connection and try again." };

export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get("password") !== form.get("confirm")) {
      setFailure({ ok: false, status: 400, error: "Check the highlighted fields and try again.", fieldErrors: { confirm: ["The two passwords differ."] } });
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
