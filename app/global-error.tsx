"use client";

import "./globals.css";

// Replaces the root layout when it fails, so it brings its own document and styles.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center bg-zinc-50 px-6">
        <title>Something went wrong · Agent Factory Console</title>
        <main className="max-w-md text-center">
          <p className="text-xs font-semibold tracking-wide text-indigo-600 uppercase">Error</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900">Something went wrong</h1>
          <p className="mt-3 text-sm leading-6 text-zinc-600">
            The console could not start this page. The details are in the server log; trying again often helps if the cause was brief.
          </p>
          {digest ? (
            <p className="mt-3 text-xs text-zinc-500">
              Reference <code className="font-mono text-zinc-700">{digest}</code>
            </p>
          ) : null}
          <button
            type="button"
            onClick={() => retry()}
            className="mt-6 inline-flex h-8 items-center rounded-md bg-zinc-900 px-3 text-[13px] font-medium text-white hover:bg-zinc-800"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
