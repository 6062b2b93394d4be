import type { Metadata } from "next";
import { CenteredMessage } from "@/components/shell/centered-message";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Not allowed" };

// Rendered with status 403 inside the console shell when a page calls forbidden(): the staff
// member is signed in, but their role lacks the page's permission.
export default function ConsoleForbidden() {
  return (
    <CenteredMessage eyebrow="403" title="You do not have access to this page" actions={<ButtonLink href="/" variant="primary">Go to the overview</ButtonLink>}>
      <p>Your role does not allow this. If you need it for your work, ask an admin to change your role.</p>
    </CenteredMessage>
  );
}
