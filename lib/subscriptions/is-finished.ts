// Browser-safe, so the subscription screens decide as the server does which actions apply.

/** Canceled, or past its end: nothing can change it but a reactivation. */
export function isFinished(subscription: { status: string; endedAt: Date | string | null }): boolean {
  return subscription.status === "canceled" || subscription.endedAt !== null;
}
