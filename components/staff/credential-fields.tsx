import { TextField } from "@/components/ui/form-field";

export const CREDENTIAL_CHOICES = [
  { value: "invite" as const, label: "Invite link", description: "They choose their own password. The link works once, for 24 hours." },
  { value: "password" as const, label: "One-time password", description: "You pass it on; they must change it when they first sign in." },
];

export function OneTimePasswordField({ errors }: { errors?: string[] }) {
  return (
    <TextField
      label="One-time password"
      name="password"
      autoComplete="off"
      spellCheck={false}
      hint="Leave empty to generate a strong one. 12 to 128 characters."
      errors={errors}
    />
  );
}
