import type { AuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { RequestContext } from "../audit/audit-event";
import { describeDatabaseError } from "../errors/describe-database-error";
import { errorLogLine } from "../errors/error-log-line";
import type { PrismaClient } from "../generated/prisma/client";
import type { AuthSettings } from "./auth-settings";
import { authorizeCredentials, type AuthorizedStaff } from "./authorize-credentials";
import { requestContextFromHeaders } from "./request-headers";
import { safeCallbackPath } from "./safe-callback-url";
import { authCookies } from "./session-cookie";
import { claimsForStaff, parseSessionClaims, verifySessionClaims } from "./session-token";
import { tooManyAttemptsCode, UNAVAILABLE_CODE } from "./sign-in-errors";
import { signOutStaff } from "./sign-out-staff";

// next-auth v4 with one Credentials provider and JWT sessions. The rules live in plain functions
// (authorize-credentials.ts, session-token.ts); this file only wires them into next-auth.

class SessionEndedError extends Error {
  override name = "SessionEndedError";
}

export type AuthDependencies = {
  prisma: PrismaClient;
  settings: AuthSettings;
  /** The request being handled, for the sign-out audit row (next-auth's events get no request). */
  requestContext: () => Promise<RequestContext>;
};

function isAuthorizedStaff(user: User | undefined): user is User & AuthorizedStaff {
  return Boolean(user && "sessionVersion" in user);
}

export function buildAuthOptions({ prisma, settings, requestContext }: AuthDependencies): AuthOptions {
  return {
    secret: settings.secret,
    // The JWT and its cookie expire after the idle timeout; proxy.ts renews both on activity, and
    // the absolute lifetime is checked against the sign-in time in the token.
    session: { strategy: "jwt", maxAge: settings.lifetime.idleSeconds },
    jwt: { maxAge: settings.lifetime.idleSeconds },
    useSecureCookies: settings.secureCookies,
    cookies: authCookies(settings.secureCookies),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          let outcome;
          try {
            outcome = await authorizeCredentials({
              prisma,
              input: credentials,
              request: requestContextFromHeaders(request.headers ?? {}),
              throttle: settings.throttle,
            });
          } catch (error) {
            console.error(`[auth] sign-in could not be checked (${describeDatabaseError(error).code}): ${errorLogLine(error)}`);
            throw new Error(UNAVAILABLE_CODE);
          }
          if (outcome.ok) return outcome.staff;
          if (outcome.reason === "too_many_attempts") throw new Error(tooManyAttemptsCode(outcome.retryAfterMinutes));
          return null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (isAuthorizedStaff(user)) return { ...token, ...claimsForStaff(user, new Date()) };
        const claims = parseSessionClaims(token);
        const verified = claims ? await verifySessionClaims(prisma, claims, settings.lifetime) : null;
        if (!verified) throw new SessionEndedError("This session has ended.");
        return { ...token, ...verified.claims };
      },
      async session({ session, token }) {
        const claims = parseSessionClaims(token);
        if (!claims) return { expires: session.expires };
        return { expires: session.expires, user: { id: claims.sub, email: claims.email, name: claims.name, role: claims.role } };
      },
      async redirect({ url, baseUrl }) {
        return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
      },
    },
    events: {
      async signOut({ token }) {
        const claims = parseSessionClaims(token);
        if (claims) await signOutStaff(prisma, claims, await requestContext());
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is the normal way out, not an error.
        const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
        if (cause instanceof SessionEndedError) return;
        console.error(`[auth] ${code}: ${cause instanceof Error ? errorLogLine(cause) : "see next-auth's documentation for this code"}`);
      },
      warn(code) {
        console.warn(`[auth] next-auth warning ${code}`);
      },
      debug() {},
    },
  };
}
