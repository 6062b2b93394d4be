import type { Metadata } from "next";
import { ProductMark } from "@/components/shell/product-mark";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requireStaff } from "@/lib/auth/current-staff";

export const metadata: Metadata = { title: "Choose a new password" };
export const dynamic = "force-dynamic";

export default async function ChangePasswordPage() {
  const staff = await requireStaff("console.view");
  return (
    <main className="flex min-h-dvh items-center justify-center bg-zinc-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center gap-2.5">
          <ProductMark />
          <span className="text-[13px] font-semibold text-zinc-900">Agent Factory Console</span>
        </div>
        <section className="rounded-lg border border-zinc-200 bg-white p-6 shadow-xs">
          <h1 className="text-base font-semibold text-zinc-900">Choose a new password</h1>
          <p className="mt-1 text-[13px] text-zinc-600">
            {staff.mustChangePassword
              ? "You signed in with a one-time password. Choose your own before you continue."
              : `Change the password of ${staff.email}.`}
          </p>
          <ChangePasswordForm email={staff.email} />
        </section>
      </div>
    </main>
  );
}
