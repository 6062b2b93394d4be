import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requireStaff } from "@/lib/auth/current-staff";

export const metadata: Metadata = { title: "Choose a new password" };
export const dynamic = "force-dynamic";

export default async function ChangePasswordPage() {
  const staff = await requireStaff("console.view");
  return (
    <AuthCard>
      <h1 className="text-base font-semibold text-zinc-900">Choose a new password</h1>
      <p className="mt-1 text-[13px] text-zinc-600">
        {staff.mustChangePassword
          ? "You signed in with a one-time password. Choose your own before you continue."
          : `Change the password of ${staff.email}.`}
      </p>
      <ChangePasswordForm email={staff.email} />
    </AuthCard>
  );
}
