import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { ProductMark } from "@/components/shell/product-mark";
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
    <main className="flex min-h-dvh items-center justify-center bg-zinc-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center gap-2.5">
          <ProductMark />
          <span className="text-[13px] font-semibold text-zinc-900">Agent Factory Console</span>
        </div>
        <section className="rounded-lg border border-zinc-200 bg-white p-6 shadow-xs">
          <h1 className="text-base font-semibold text-zinc-900">Sign in</h1>
          <p className="mt-1 text-[13px] text-zinc-600">For Agent Factory staff. Ask an admin if you need an account.</p>
          <LoginForm callbackPath={callbackPath} initialError={describeSignInError(first(params.error))} />
        </section>
      </div>
    </main>
  );
}
