// Which database a page or command works on, said without its password: the name an admin types
// to confirm an apply in production, and the host it lives on.

export type DatabaseTargetInfo = { name: string; host: string };

export function describeDatabaseTarget(databaseUrl: string): DatabaseTargetInfo {
  try {
    const url = new URL(databaseUrl);
    return { name: decodeURIComponent(url.pathname.replace(/^\//, "")) || "(default)", host: url.port ? `${url.hostname}:${url.port}` : url.hostname };
  } catch {
    return { name: "(unknown)", host: "(unknown)" };
  }
}
