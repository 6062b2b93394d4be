import "server-only";
import { hashPassword } from "../auth/password";
import type { CredentialKind } from "./staff-schemas";
import { createInviteToken, generateOneTimePassword, inviteUrl } from "./staff-secrets";

// The secret shown to the admin exactly once; only its hash reaches the database.
export type OneTimeSecret =
  | { kind: "password"; password: string; generated: boolean }
  | { kind: "invite"; url: string; expiresAt: Date };

export type IssuedCredential = {
  data: {
    passwordHash: string | null;
    mustChangePassword: boolean;
    passwordChangedAt?: Date;
    inviteTokenHash: string | null;
    inviteExpiresAt: Date | null;
  };
  secret: OneTimeSecret;
};

/** Hashing is slow on purpose, so it runs before the transaction opens, not inside it. */
export async function issueCredential(options: {
  kind: CredentialKind;
  password?: string;
  origin: string;
  now: Date;
}): Promise<IssuedCredential> {
  if (options.kind === "invite") {
    const invite = createInviteToken(options.now);
    return {
      // A fresh invite replaces any password: the old one must stop working.
      data: { passwordHash: null, mustChangePassword: false, inviteTokenHash: invite.tokenHash, inviteExpiresAt: invite.expiresAt },
      secret: { kind: "invite", url: inviteUrl(options.origin, invite.token), expiresAt: invite.expiresAt },
    };
  }
  const password = options.password ?? generateOneTimePassword();
  return {
    data: {
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      passwordChangedAt: options.now,
      inviteTokenHash: null,
      inviteExpiresAt: null,
    },
    secret: { kind: "password", password, generated: options.password === undefined },
  };
}
