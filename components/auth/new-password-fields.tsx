import { TextField } from "@/components/ui/form-field";

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
