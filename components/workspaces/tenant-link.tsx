import Link from "next/link";

export function TenantLink({ tenant }: { tenant: { id: string; name: string } }) {
  return (
    <Link href={`/tenants/${tenant.id}`} className="whitespace-nowrap hover:text-indigo-700 hover:underline">
      {tenant.name}
    </Link>
  );
}

/** A link to a record, or a grey dash when there is none (e.g. an agent deleted since). */
export function RecordLink({ href, name }: { href: string | null; name: string | null }) {
  if (!href || !name) return <span className="text-zinc-400">—</span>;
  return (
    <Link href={href} className="hover:text-indigo-700 hover:underline">
      {name}
    </Link>
  );
}

/** An email that wraps only before the @, never at the hyphens of a domain. */
export function EmailText({ email }: { email: string | null }) {
  if (!email) return <span className="text-zinc-400">—</span>;
  const at = email.lastIndexOf("@");
  if (at <= 0) return <span className="break-all">{email}</span>;
  return (
    <span>
      <span className="whitespace-nowrap">{email.slice(0, at)}</span>
      <wbr />
      <span className="whitespace-nowrap">{email.slice(at)}</span>
    </span>
  );
}
