import "server-only";
import { z } from "zod";
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH } from "../auth/password";
import { STAFF_ROLES } from "../auth/permissions";
import { expectedUpdatedAtSchema, reasonSchema } from "../domain/common-schemas";

// Input for staff management, parsed on the server by the actions and again by lib/staff itself.
// Messages are written for the form field they appear under.

const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(320, "Use at most 320 characters.")
  .pipe(z.email({ error: "Enter a valid email address, such as name@example.com." }));

const nameSchema = z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(200, "Use at most 200 characters.");

const roleSchema = z.enum(STAFF_ROLES, { error: "Choose admin or support." });

const staffIdSchema = z.uuid({ error: "This staff account does not exist." });

// Empty means "generate one for me".
const optionalPasswordSchema = z
  .string()
  .max(PASSWORD_MAX_LENGTH * 4, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .optional()
  .transform((value) => value || undefined)
  .superRefine((value, context) => {
    const problem = value === undefined ? null : checkPasswordPolicy(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export const credentialSchema = z.enum(["password", "invite"], { error: "Choose a one-time password or an invite link." });
export type CredentialKind = z.infer<typeof credentialSchema>;

export const createStaffSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  credential: credentialSchema,
  password: optionalPasswordSchema,
});
export type CreateStaffInput = z.input<typeof createStaffSchema>;

export const changeStaffRoleSchema = z.object({
  staffId: staffIdSchema,
  role: roleSchema,
  expectedUpdatedAt: expectedUpdatedAtSchema,
  reason: reasonSchema,
});
export type ChangeStaffRoleInput = z.input<typeof changeStaffRoleSchema>;

export const disableStaffSchema = z.object({ staffId: staffIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema, reason: reasonSchema });
export type DisableStaffInput = z.input<typeof disableStaffSchema>;

export const enableStaffSchema = z.object({ staffId: staffIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema });
export type EnableStaffInput = z.input<typeof enableStaffSchema>;

export const resetStaffPasswordSchema = z
  .object({ staffId: staffIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema, credential: credentialSchema, password: optionalPasswordSchema });
export type ResetStaffPasswordInput = z.input<typeof resetStaffPasswordSchema>;

/** A password someone chooses for themself, checked against the policy on the server. */
const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .max(PASSWORD_MAX_LENGTH * 4, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .superRefine((value, context) => {
    const problem = checkPasswordPolicy(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export const acceptInviteSchema = z.object({
  token: z.string({ error: "This invite link is not valid." }).min(1).max(200),
  name: z.string().trim().max(200, "Use at most 200 characters.").optional().transform((value) => value || undefined),
  password: newPasswordSchema,
});
export type AcceptInviteInput = z.input<typeof acceptInviteSchema>;

export const changeOwnPasswordSchema = z.object({
  password: newPasswordSchema,
});

export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;
