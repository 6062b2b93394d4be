"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/staff-action";

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

/** What a form shows when the server action could not be called at all. */
export const UNREACHABLE: ActionFailure = {
  ok: false,
  status: 500,
  error: "The console could not be reached. Check your connection and try again.",
};

/**
 * Runs one server action at a time and keeps its failure for the form to show. On a conflict the
 * page is refreshed, so the dialog re-renders with the values someone else saved.
 */
export function useServerAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  function run(
    input: unknown,
    onSuccess: (data: T, message: string | undefined) => void,
    onFailure?: (failure: ActionFailure) => void,
  ) {
    startTransition(async () => {
      const result = await action(input).catch(() => UNREACHABLE);
      if (result.ok) {
        setFailure(null);
        onSuccess(result.data, result.message);
        return;
      }
      setFailure(result);
      onFailure?.(result);
      if (result.status === 409 || result.status === 404) router.refresh();
    });
  }

  return { pending, failure, run, clearFailure: () => setFailure(null) };
}
