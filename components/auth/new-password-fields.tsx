import type { ActionFailure } from "@/components/actions/use-server-action";
import { TextField } from "@/components/ui/form-field";

/** Checked in the browser before sending: the two password fields must agree. */
export function mismatchedPasswords(form: FormData): ActionFailure | null {
  if (form.get("password") === form.get("confirm")) return null;
  return { ok: false, status: 400, error: "Check the highlighted fields and try again.", fieldErrors: { confirm: ["The two passwords differ."] } };
}

/** "New password" and "Repeat the password", with the policy as a hint. */
export function NewPasswordFields({ errors }: { errors: Record<string, string[] | undefined> }) {
  return (
    <>
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        hint="12 to 128 characters. A passphrase of a few words works well."
        errors={errors.password}
      />
      <TextField label="Repeat the password" name="confirm" type="password" autoComplete="new-password" required errors={errors.confirm} />
    </>
  );
}
