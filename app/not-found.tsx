import type { Metadata } from "next";
import { CenteredMessage } from "@/components/shell/centered-message";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main className="min-h-dvh bg-zinc-50">
      <CenteredMessage
        eyebrow="404"
        withProductMark
        title="Page not found"
        actions={<ButtonLink href="/" variant="primary">Go to the overview</ButtonLink>}
      >
        <p>There is no page at this address. Check the link, or start again from the overview.</p>
      </CenteredMessage>
    </main>
  );
}
