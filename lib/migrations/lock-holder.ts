// Who holds Prisma's migration lock, and how to say it. Free of Node imports: the page's client
// components describe the holder too.

export type LockHolder = { pid: number; applicationName: string | null; user: string | null; since: string | null; client: string | null };

/** A sentence naming who holds the lock: "process 4242 (prisma-migrate, user deploy, from 10.0.0.7), connected since …". */
export function describeLockHolder(holder: LockHolder | null): string {
  if (!holder) return "another session";
  const about = [holder.applicationName ?? "no application name", holder.user ? `user ${holder.user}` : null, holder.client ? `from ${holder.client}` : null]
    .filter(Boolean)
    .join(", ");
  const since = holder.since ? `, connected since ${holder.since.slice(0, 19).replace("T", " ")} UTC` : "";
  return `process ${holder.pid} (${about})${since}`;
}

