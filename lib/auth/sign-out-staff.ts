import type { RequestContext } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import type { PrismaClient } from "../generated/prisma/client";
import type { SessionClaims } from "./session-token";

/**
 * Signing out ends the session on the server too: bumping session_version makes every copy of
 * this person's session cookie worthless (on every device), which a JWT alone cannot do.
 */
export async function signOutStaff(prisma: PrismaClient, claims: SessionClaims, request: RequestContext): Promise<void> {
  await runAudited(prisma, { actor: { type: "staff", id: claims.sub, email: claims.email }, request }, async (tx, record) => {
    // Raw SQL leaves updated_at alone; an ended session is not an edit of the account.
    const ended = await tx.$executeRaw`
      UPDATE console_staff SET session_version = session_version + 1
      WHERE id = ${claims.sub}::uuid AND session_version = ${claims.sv}`;
    record({ action: "auth.sign_out", resourceType: "console_staff", resourceId: claims.sub, details: { sessionEnded: ended === 1 } });
  });
}
