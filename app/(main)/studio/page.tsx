import type { Metadata } from "next";
import Link from "next/link";
import { KindBadge } from "@/components/profile/profile-row";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { getProfileByHandle } from "@/lib/profiles/queries";
import { compactNumber } from "@/lib/time";
import { CreatePageForm } from "./create-page-form";
import { counted } from "@/lib/plural";
import { Invitations } from "@/components/teams/invitations";
import { FormMessage } from "@/components/ui/field";
import { ActionButton } from "@/components/ui/action-button";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { leavePageAction } from "@/lib/teams/actions";
import { getDeletedPageName, getInvitations, getRosterInvitations } from "@/lib/teams/queries";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const viewer = await requireViewer("/studio");
  // The name comes from the database (only for a page that really is deleted), never from the link.
  const deleted = await getDeletedPageName((await searchParams).deleted);
  const [pages, invitations, rosterInvites] = await Promise.all([
    Promise.all(viewer.managed.map(async (m) => ({ role: m.role, p: await getProfileByHandle(m.handle) }))),
    getInvitations(viewer.userId),
    getRosterInvitations(viewer.userId),
  ]);
  return (
    <>
      <PageTitle title="Studio" subtitle="Run your artist, label and publication pages." />
      {deleted ? (
        <div className="mb-6">
          <FormMessage tone="success" message={`${deleted} is deleted. Its followers were told, and its handle stays reserved for 30 days.`} />
        </div>
      ) : null}
      <Invitations items={invitations} roster={rosterInvites} />
      <Section title="Your pages">
        {pages.length === 0 ? (
          <EmptyState title="You do not manage any pages yet">Create one below: it gets its own profile, followers and Follow button.</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {pages.map(({ role, p }) => p ? (
              <li key={p.id} className="space-y-1">
                <Link href={`/studio/pages/${p.id}`} className="flex items-center gap-4 rounded-3xl border border-line bg-surface p-4 transition hover:border-accent-500">
                  <Avatar src={p.avatarUrl} name={p.name} size={56} />
                  <div className="min-w-0 flex-1">
                    <div className="flex items-center gap-2">
                      <p className="truncate font-semibold">{p.name}</p>
                      <KindBadge kind={p.kind} />
                    </div>
                    <p className="text-sm text-muted">
                      @{p.handle} · {counted(p.followerCount, "follower", "followers", compactNumber)}
                    </p>
                  </div>
                  <span className="text-sm font-medium text-accent-500">{role === "owner" ? "Manage →" : `${ROLE_LABELS[role].name} →`}</span>
                </Link>
                {role === "owner" ? null : <ActionButton variant="ghost" label="Leave team" ariaLabel={`Leave the team of ${p.name}`} confirm={`Leave ${p.name}?`} run={leavePageAction.bind(null, { pageId: p.id })} />}
              </li>
            ) : null)}
          </ul>
        )}
      </Section>
      <Section title="Create a page">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <CreatePageForm />
        </div>
      </Section>
    </>
  );
}
