"use client";

import { useState } from "react";

/**
 * One key per opened form: a double click or a retried request sends the same key, so the server
 * creates one thing and both responses agree. Remount the form (a new dialog) for a new key.
 */
export function useIdempotencyKey(): string {
  const [key] = useState(() => crypto.randomUUID());
  return key;
}
