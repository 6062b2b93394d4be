import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { AuthCard } from "@/components/auth/auth-card";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { safeCallbackPath } from "@/lib/auth/safe-callback-url";
import { describeSignInError } from "@/lib/auth/sign-in-errors";
import { readDatabase } from "@/lib/errors/read-database";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(first(params.callbackUrl));
  // Someone already signed in goes straight on. When the database is down, the form still shows.
  const current = await readDatabase(getCurrentStaff);
  if (current.ok && current.data) redirect(callbackPath);

  return (
    <AuthCard>
      <h1 className="text-base font-semibold text-zinc-900">Sign in</h1>
      <p className="mt-1 text-[13px] text-zinc-600">For Agent Factory staff. Ask an admin if you need an account.</p>
      <LoginForm callbackPath={callbackPath} initialError={describeSignInError(first(params.error))} />
    </AuthCard>
  );
}
