import { ButtonLink } from "@/components/ui/button";

export default function TenantNotFound() {
  return (
    <section className="rounded-lg border border-zinc-200 bg-white px-6 py-12 text-center shadow-xs">
      <p className="text-xs font-medium text-zinc-500">404</p>
      <h1 className="mt-1 text-base font-semibold text-zinc-900">This tenant does not exist</h1>
      <p className="mt-1 text-sm text-zinc-500">It may have been deleted, or the link is wrong.</p>
      <div className="mt-4">
        <ButtonLink href="/tenants">See every tenant</ButtonLink>
      </div>
    </section>
  );
}
