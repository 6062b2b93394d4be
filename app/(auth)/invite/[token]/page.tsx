import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInviteForm } from "@/components/staff/accept-invite-form";
import { readDatabase } from "@/lib/errors/read-database";
import { findInvite, INVITE_INVALID_SENTENCE } from "@/lib/staff/find-invite";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

// Public: the token in the address is the only credential. It is checked here for a friendly
// page, and again, under a row lock, when the form is sent.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await readDatabase(() => findInvite({ token }));
  return (
    <AuthCard>
      {!result.ok ? (
        <Message title="The invite could not be checked">{result.problem.sentence}</Message>
      ) : result.data ? (
        <>
          <h1 className="text-base font-semibold text-zinc-900">Set your password</h1>
          <p className="mt-1 text-[13px] text-zinc-600">
            You were invited as <span className="font-medium text-zinc-900">{result.data.email}</span>.
          </p>
          <AcceptInviteForm token={token} name={result.data.name} email={result.data.email} />
        </>
      ) : (
        <Message title="This invite link cannot be used">{INVITE_INVALID_SENTENCE}</Message>
      )}
    </AuthCard>
  );
}

function Message({ title, children }: { title: string; children: string }) {
  return (
    <>
      <h1 className="text-base font-semibold text-zinc-900">{title}</h1>
      <p className="mt-2 text-[13px] text-zinc-600">{children}</p>
      <p className="mt-4 text-[13px]">
        <Link href="/login" className="font-medium text-indigo-600 hover:text-indigo-500">Go to sign-in</Link>
      </p>
    </>
  );
}
