import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { Avatar } from "@/components/ui/avatar";
import { PageTitle, Section } from "@/components/ui/section";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { cancelTransferAction, removeMemberAction } from "@/lib/teams/actions";
import { getTeam } from "@/lib/teams/queries";
import { loadStudioPage } from "../studio-page";
import { InviteForm, RoleSelect, TransferForm } from "./team-forms";

export const metadata: Metadata = { title: "Team · Studio" };

export default async function StudioTeam({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { page, ownerId, viewer, can } = await loadStudioPage(id, "team");
  const team = await getTeam({ id: page.id, ownerId, createdAt: page.createdAt });
  return (
    <>
      <PageTitle level={2} title="Team" subtitle={`People who work on ${page.name}, and what each can do.`} />
      <Section title="Members">
        <ul className="divide-y divide-line rounded-3xl border border-line bg-surface" aria-label="Team members">
          {team.members.map((m) => (
            <li key={m.userId} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <Avatar src={m.avatarUrl} name={m.name} size={40} />
              <div className="min-w-0 flex-1">
                <p className="truncate font-semibold">
                  {m.name} {m.userId === viewer.userId ? <span className="text-sm font-normal text-muted">(you)</span> : null}
                </p>
                <p className="truncate text-sm text-muted">
                  @{m.handle} · {m.status === "invited" ? `Invited as ${ROLE_LABELS[m.role].name}, not accepted yet` : ROLE_LABELS[m.role].name}
                </p>
              </div>
              {m.role === "owner" ? (
                <span className="rounded-full bg-accent-500/15 px-3 py-1 text-xs font-semibold text-accent-700 dark:text-accent-300">Owner</span>
              ) : m.userId === viewer.userId ? null : (
                <div className="flex flex-wrap items-center gap-2">
                  {m.status === "active" ? <RoleSelect pageId={page.id} userId={m.userId} role={m.role} name={m.name} /> : null}
                  <ActionButton
                    run={removeMemberAction.bind(null, { pageId: page.id, userId: m.userId })}
                    label={m.status === "invited" ? "Withdraw" : "Remove"}
                    ariaLabel={`${m.status === "invited" ? "Withdraw the invitation of" : "Remove"} ${m.name}`}
                    confirm={m.status === "invited" ? undefined : `Remove ${m.name}?`}
                    variant="ghost"
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Invite someone">
        <div className="space-y-4 rounded-3xl border border-line bg-surface p-5">
          <InviteForm pageId={page.id} />
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            {(["admin", "editor", "merch", "analyst"] as const).map((r) => (
              <div key={r}>
                <dt className="font-semibold">{ROLE_LABELS[r].name}</dt>
                <dd className="text-muted">{ROLE_LABELS[r].can}</dd>
              </div>
            ))}
          </dl>
        </div>
      </Section>
      {can("transfer") ? (
        <Section title="Hand the page over">
          <div className="space-y-3 rounded-3xl border border-line bg-surface p-5">
            {team.transferTo ? (
              <div className="flex flex-wrap items-center gap-3">
                <p className="text-sm">
                  Waiting for <span className="font-semibold">@{team.transferTo.handle}</span> to accept ownership.
                </p>
                <ActionButton run={cancelTransferAction.bind(null, { pageId: page.id })} label="Cancel handover" />
              </div>
            ) : (
              <TransferForm pageId={page.id} pageName={page.name} />
            )}
          </div>
        </Section>
      ) : null}
    </>
  );
}
