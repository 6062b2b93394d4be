import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { Cell, HeaderCell, Table } from "@/components/ui/table";
import { humanize } from "@/lib/data-table/list-spec";
import { countOf } from "@/lib/format/count-of";
import type { TenantOverview } from "@/lib/tenants/get-tenant-overview";
import { CardLink, EmptyNote } from "./tenant-card-bits";

export function TenantUsersCard({ users, tenantId }: { users: TenantOverview["users"]; tenantId: string }) {
  return (
    <Card>
      <CardHeader
        title="Users"
        description={users.count > users.latest.length ? `The ${users.latest.length} newest of ${countOf(users.count, "user")}.` : countOf(users.count, "user")}
        action={<CardLink href={`/users?tenant=${tenantId}`}>All users</CardLink>}
      />
      {users.latest.length === 0 ? (
        <EmptyNote>No users yet.</EmptyNote>
      ) : (
        <Table caption="Newest users">
          <thead>
            <tr>
              <HeaderCell>User</HeaderCell>
              <HeaderCell>Role</HeaderCell>
              <HeaderCell>Status</HeaderCell>
              <HeaderCell>Last sign-in</HeaderCell>
            </tr>
          </thead>
          <tbody>
            {users.latest.map((user) => (
              <tr key={user.id}>
                <Cell className="max-w-[16rem]">
                  <span className="block truncate font-medium text-zinc-900">{user.name ?? user.email}</span>
                  {user.name ? <span className="block truncate text-xs text-zinc-500">{user.email}</span> : null}
                </Cell>
                <Cell>{humanize(user.role)}</Cell>
                <Cell><StatusBadge status={user.isActive ? "active" : "disabled"} /></Cell>
                <Cell><ShortDate value={user.lastLoginAt} /></Cell>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

type WorkspacePart = { key: string; title: string; count: number; href: string; items: { id: string; name: string; href?: string; status?: string; detail?: string | null; createdAt: Date }[] };

/** Projects, agents and workflows: how many, and the newest of each. */
export function TenantWorkspaceCard({ workspace, tenantId }: { workspace: Pick<TenantOverview, "projects" | "agents" | "workflows">; tenantId: string }) {
  const parts: WorkspacePart[] = [
    {
      key: "projects", title: "Projects", count: workspace.projects.count, href: `/projects?tenant=${tenantId}`,
      items: workspace.projects.latest.map((project) => ({ id: project.id, name: project.name, detail: project.description, createdAt: project.createdAt })),
    },
    {
      key: "agents", title: "Agents", count: workspace.agents.count, href: `/agents?tenant=${tenantId}`,
      items: workspace.agents.latest.map((agent) => ({ id: agent.id, name: agent.name, href: `/agents/${agent.id}`, status: agent.status, detail: agent.model, createdAt: agent.createdAt })),
    },
    {
      key: "workflows", title: "Workflows", count: workspace.workflows.count, href: `/workflows?tenant=${tenantId}`,
      items: workspace.workflows.latest.map((workflow) => ({ id: workflow.id, name: workflow.name, href: `/workflows/${workflow.id}`, status: workflow.status, createdAt: workflow.createdAt })),
    },
  ];
  return (
    <Card>
      <CardHeader title="Workspace" description="Projects, agents and workflows, newest first." />
      <div className="divide-y divide-zinc-100">
        {parts.map((part) => (
          <section key={part.key} aria-label={part.title} className="px-5 py-3.5">
            <div className="flex items-baseline justify-between gap-3">
              <h3 className="text-[13px] font-medium text-zinc-900">
                {part.title} <span className="ml-1 font-normal text-zinc-500 tabular-nums">{part.count.toLocaleString("en-US")}</span>
              </h3>
              <CardLink href={part.href}>All {part.title.toLowerCase()}</CardLink>
            </div>
            {part.items.length === 0 ? (
              <p className="mt-1.5 text-[13px] text-zinc-500">None yet.</p>
            ) : (
              <ul className="mt-1.5 space-y-1">
                {part.items.slice(0, 4).map((item) => (
                  <li key={item.id} className="flex items-center justify-between gap-3 text-[13px]">
                    <span className="min-w-0 truncate">
                      {item.href ? (
                        <Link href={item.href} className="text-zinc-900 hover:text-indigo-700 hover:underline">{item.name}</Link>
                      ) : (
                        <span className="text-zinc-900">{item.name}</span>
                      )}
                      {item.detail ? <span className="ml-2 text-xs text-zinc-500">{item.detail}</span> : null}
                    </span>
                    <span className="flex shrink-0 items-center gap-2 text-xs text-zinc-500">
                      {item.status ? <StatusBadge status={item.status} /> : null}
                      <ShortDate value={item.createdAt} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </Card>
  );
}
