import "server-only";
import type { AuthOptions } from "next-auth";
import { getPrisma } from "../db";
import { buildAuthOptions } from "./auth-options";
import { getAuthSettings } from "./auth-settings";
import { verifyAgainstDummy } from "./password";
import { getRequestContext } from "./request-context";

let options: AuthOptions | null = null;

/** next-auth's options for this process, built on first use. */
export function getAuthOptions(): AuthOptions {
  if (!options) {
    options = buildAuthOptions({ prisma: getPrisma(), settings: getAuthSettings(), requestContext: getRequestContext });
    // The dummy hash is made on first use; make it now (the login form fetches a CSRF token first),
    // so that the first unknown email does not answer a hash slower than a wrong password.
    void verifyAgainstDummy("warm-up");
  }
  return options;
}
