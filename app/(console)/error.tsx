"use client";

import { CenteredMessage } from "@/components/shell/centered-message";
import { Button, ButtonLink } from "@/components/ui/button";

// Production replaces a server error's message with a digest, so this page never shows the
// message: it says what happened in plain words and gives the digest to match the server log.
// Known database failures never get here; pages render them themselves (lib/errors/read-database.ts).
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <CenteredMessage
      eyebrow="Error"
      title="Something went wrong"
      actions={
        <>
          <Button variant="primary" onClick={() => retry()}>Try again</Button>
          <ButtonLink href="/">Go to the overview</ButtonLink>
        </>
      }
    >
      <p>This page stopped while loading. The details are in the server log; trying again often helps if the cause was brief.</p>
      {digest ? (
        <p className="mt-3 text-xs text-zinc-500">
          Reference <code className="font-mono text-zinc-700">{digest}</code>
        </p>
      ) : null}
    </CenteredMessage>
  );
}
