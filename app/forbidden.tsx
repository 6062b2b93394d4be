import type { Metadata } from "next";
import { CenteredMessage } from "@/components/shell/centered-message";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Not allowed" };

// Rendered with status 403 by forbidden(): a signed-in staff member whose role lacks the permission.
export default function Forbidden() {
  return (
    <main className="min-h-dvh bg-zinc-50">
      <CenteredMessage
        eyebrow="403"
        withProductMark
        title="You do not have access to this page"
        actions={<ButtonLink href="/" variant="primary">Go to the overview</ButtonLink>}
      >
        <p>Your role does not allow this. If you need it for your work, ask an admin to change your role.</p>
      </CenteredMessage>
    </main>
  );
}
